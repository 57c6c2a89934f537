// Request metrics in the Prometheus text exposition format (version 0.0.4):
//   icity_http_requests_total{route,method,status}           counter
//   icity_http_request_duration_seconds{route,method}        histogram
//   icity_http_requests_in_flight                            gauge
// Labels stay bounded: `route` is a route pattern (or "unmatched"/"static"),
// `method` one of the standard methods (else "OTHER").
//
// Thread-safe: series are created under a mutex and then updated through
// atomics, so the hot path takes the lock only in shared mode.
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <shared_mutex>
#include <string>
#include <string_view>

namespace icity::http {

class Metrics {
 public:
  Metrics() = default;
  Metrics(const Metrics&) = delete;
  Metrics& operator=(const Metrics&) = delete;

  void request_started();
  void request_finished(std::string_view route, std::string_view method, unsigned status,
                        double seconds);
  std::string render() const;

  // Upper bounds of the duration histogram, in seconds (0.001 .. 10).
  static constexpr double kBuckets[] = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                        0.25,  0.5,    1.0,   2.5,  5.0,   10.0};
  static constexpr std::size_t kBucketCount = sizeof(kBuckets) / sizeof(kBuckets[0]);

 private:
  struct Histogram {
    std::atomic<std::uint64_t> buckets[kBucketCount] = {};  // not cumulative
    std::atomic<std::uint64_t> count{0};
    std::atomic<std::uint64_t> sum_nanos{0};
  };
  // Keys are label strings already rendered: route="..",method=".."[,status=".."].
  std::atomic<std::uint64_t>& counter(const std::string& key);
  Histogram& histogram(const std::string& key);

  mutable std::shared_mutex mutex_;
  std::map<std::string, std::unique_ptr<std::atomic<std::uint64_t>>, std::less<>> counters_;
  std::map<std::string, std::unique_ptr<Histogram>, std::less<>> histograms_;
  std::atomic<std::int64_t> in_flight_{0};
};

// The label value escaped for the exposition format (\\, \", \n).
std::string prometheus_escape(std::string_view value);

}  // namespace icity::http
