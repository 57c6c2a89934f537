#include "http/metrics.hpp"

#include <array>
#include <cstdio>
#include <mutex>

namespace icity::http {
namespace {

std::string_view bounded_method(std::string_view method) {
  static constexpr std::array<std::string_view, 7> kKnown = {"GET",   "HEAD",   "POST",   "PUT",
                                                             "PATCH", "DELETE", "OPTIONS"};
  for (auto known : kKnown) {
    if (method == known) {
      return known;
    }
  }
  return "OTHER";
}

std::string format_double(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.9g", value);
  return buffer;
}

template <class T>
T& find_or_create(std::shared_mutex& mutex,
                  std::map<std::string, std::unique_ptr<T>, std::less<>>& map,
                  const std::string& key) {
  {
    std::shared_lock lock(mutex);
    if (auto it = map.find(key); it != map.end()) {
      return *it->second;
    }
  }
  std::unique_lock lock(mutex);
  auto& slot = map[key];
  if (!slot) {
    slot = std::make_unique<T>();
  }
  return *slot;
}

}  // namespace

std::string prometheus_escape(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '"') {
      out += "\\\"";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

void Metrics::request_started() { in_flight_.fetch_add(1, std::memory_order_relaxed); }

std::atomic<std::uint64_t>& Metrics::counter(const std::string& key) {
  return find_or_create(mutex_, counters_, key);
}

Metrics::Histogram& Metrics::histogram(const std::string& key) {
  return find_or_create(mutex_, histograms_, key);
}

void Metrics::request_finished(std::string_view route, std::string_view method, unsigned status,
                               double seconds) {
  in_flight_.fetch_sub(1, std::memory_order_relaxed);
  std::string labels = "route=\"" + prometheus_escape(route) + "\",method=\"" +
                       std::string(bounded_method(method)) + "\"";
  Histogram& h = histogram(labels);
  for (std::size_t i = 0; i < kBucketCount; ++i) {
    if (seconds <= kBuckets[i]) {
      h.buckets[i].fetch_add(1, std::memory_order_relaxed);
      break;
    }
  }
  h.count.fetch_add(1, std::memory_order_relaxed);
  h.sum_nanos.fetch_add(static_cast<std::uint64_t>(seconds * 1e9), std::memory_order_relaxed);
  labels += ",status=\"" + std::to_string(status) + "\"";
  counter(labels).fetch_add(1, std::memory_order_relaxed);
}

std::string Metrics::render() const {
  std::string out;
  std::shared_lock lock(mutex_);
  out += "# HELP icity_http_requests_total HTTP requests answered.\n";
  out += "# TYPE icity_http_requests_total counter\n";
  for (const auto& [labels, value] : counters_) {
    out += "icity_http_requests_total{" + labels + "} " + std::to_string(value->load()) + "\n";
  }
  out += "# HELP icity_http_request_duration_seconds Time to answer an HTTP request.\n";
  out += "# TYPE icity_http_request_duration_seconds histogram\n";
  for (const auto& [labels, h] : histograms_) {
    // One sample line: name{labels[,le="..."]} value
    const auto sample = [&out, &labels](std::string_view suffix, std::string_view le,
                                        const std::string& value) {
      out.append("icity_http_request_duration_seconds").append(suffix).append("{").append(labels);
      if (!le.empty()) {
        out.append(",le=\"").append(le).append("\"");
      }
      out.append("} ").append(value).append("\n");
    };
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < kBucketCount; ++i) {
      cumulative += h->buckets[i].load();
      sample("_bucket", format_double(kBuckets[i]), std::to_string(cumulative));
    }
    const std::uint64_t count = h->count.load();
    sample("_bucket", "+Inf", std::to_string(count));
    sample("_sum", "", format_double(static_cast<double>(h->sum_nanos.load()) / 1e9));
    sample("_count", "", std::to_string(count));
  }
  out += "# HELP icity_http_requests_in_flight HTTP requests being answered now.\n";
  out += "# TYPE icity_http_requests_in_flight gauge\n";
  out += "icity_http_requests_in_flight " + std::to_string(in_flight_.load()) + "\n";
  return out;
}

}  // namespace icity::http
