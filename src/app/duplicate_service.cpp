#include "app/duplicate_service.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>

#include "app/audit_trail.hpp"
#include "app/service_errors.hpp"
#include "store/organisation_merge.hpp"
#include "store/organisation_repo.hpp"

namespace icity::app {
namespace {

constexpr double kThreshold = 0.6;
constexpr std::size_t kCommonBlock =
    2000;  // a block this full says little: not used to find candidates
constexpr std::array<std::string_view, 11> kFreeMail = {
    "gmail.com", "qq.com",   "163.com",     "126.com",    "outlook.com", "hotmail.com",
    "yahoo.com", "sina.com", "foxmail.com", "icloud.com", "example.com"};

std::string host_of(std::string url) {
  for (auto& c : url) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (auto p = url.find("://"); p != std::string::npos) url.erase(0, p + 3);
  url = url.substr(0, url.find_first_of("/?#:"));
  if (url.starts_with("www.")) url.erase(0, 4);
  return url;
}

std::string email_domain(const std::string& email) {
  const auto at = email.find('@');
  if (at == std::string::npos) return "";
  auto domain = host_of(email.substr(at + 1));
  return std::find(kFreeMail.begin(), kFreeMail.end(), domain) == kFreeMail.end() ? domain : "";
}

std::string phone_digits(const std::string& phone) {
  std::string d;
  for (char c : phone) {
    if (std::isdigit(static_cast<unsigned char>(c))) d += c;
  }
  // The last eight digits: +86 755 1234 5678 and 0755-12345678 are one number.
  return d.size() >= 7 ? d.substr(d.size() > 8 ? d.size() - 8 : 0) : "";
}

std::string percent(double v) { return std::to_string(static_cast<int>(std::lround(v * 100))); }

}  // namespace

DuplicateService::DuplicateService(store::Database& db, const text::NameMatcher& matcher)
    : db_(db), matcher_(matcher) {}

void DuplicateService::unfile(core::Id id) {
  auto it = entries_.find(id);
  if (it == entries_.end()) return;
  for (const auto& block : it->second.blocks) {
    auto& list = blocks_[block];
    std::erase(list, id);
  }
  entries_.erase(it);
}

void DuplicateService::file(const core::Organisation& org) {
  unfile(org.id);
  if (org.archived) return;
  Entry e{{org.id, org.name}, {}, {}};
  std::set<std::string> blocks;
  for (const auto* name : {&org.name.zh, &org.name.en}) {
    if (name->empty()) continue;
    auto key = matcher_.key(*name);
    for (auto& t : text::trigrams(key.skeleton)) blocks.insert("t:" + t);
    e.keys.push_back(std::move(key));
  }
  if (auto h = host_of(org.website); !h.empty()) blocks.insert("h:" + h);
  if (auto d = email_domain(org.email); !d.empty()) blocks.insert("e:" + d);
  if (auto p = phone_digits(org.phone); !p.empty()) blocks.insert("p:" + p);
  e.blocks.assign(blocks.begin(), blocks.end());
  for (const auto& b : e.blocks) blocks_[b].push_back(org.id);
  entries_.emplace(org.id, std::move(e));
}

void DuplicateService::refresh() {
  if (last_seq_ < 0) {
    // First use: file every organisation, then follow the log from where it stood.
    std::int64_t seq = 0;
    db_.read([&](soci::session& sql) -> core::Result<void> {
      long long s = 0;
      soci::indicator ind = soci::i_null;
      sql << "SELECT MAX(seq) FROM change_log", soci::into(s, ind);
      seq = ind == soci::i_ok ? s : 0;
      for (core::Id after = 0;;) {
        auto batch = store::organisations::scan(sql, after, 5000);
        if (batch.empty()) break;
        after = batch.back().id;
        for (const auto& o : batch) file(o);
      }
      return {};
    });
    last_seq_ = seq;
  }
  for (auto rows = db_.changes_since(last_seq_, 5000); !rows.empty();
       rows = db_.changes_since(last_seq_, 5000)) {
    std::set<core::Id> changed;
    for (const auto& r : rows) {
      if (r.entity == "organisation") changed.insert(r.entity_id);
    }
    db_.read([&](soci::session& sql) -> core::Result<void> {
      for (auto id : changed) {
        if (auto v = store::organisations::find(sql, id)) {
          file(v->organisation);
        } else {
          unfile(id);
        }
      }
      return {};
    });
    last_seq_ = rows.back().seq;
  }
}

std::vector<DuplicateCandidate> DuplicateService::candidates_of(const Entry& e,
                                                                std::size_t limit) const {
  // Organisations sharing the rarer blocks, most shared first.
  std::map<core::Id, int> shared;
  for (const auto& b : e.blocks) {
    auto it = blocks_.find(b);
    if (it == blocks_.end()) continue;
    const bool contact = !b.starts_with("t:");
    if (!contact && it->second.size() > kCommonBlock) continue;
    for (auto id : it->second) {
      if (id != e.ref.id) shared[id] += contact ? 100 : 1;
    }
  }
  std::vector<std::pair<int, core::Id>> ranked;
  for (const auto& [id, n] : shared) ranked.emplace_back(n, id);
  std::sort(ranked.begin(), ranked.end(), std::greater<>());
  if (ranked.size() > 200) ranked.resize(200);
  std::vector<DuplicateCandidate> out;
  for (const auto& [n, id] : ranked) {
    const auto& other = entries_.at(id);
    double name = 0;
    for (const auto& a : e.keys) {
      for (const auto& b : other.keys) name = std::max(name, text::NameMatcher::similarity(a, b));
    }
    DuplicateCandidate c{other.ref, 0, {}};
    double keep = 1 - 0.9 * name;  // noisy-OR of independent signs
    if (name >= 0.5) {
      c.reasons.push_back(
          {"name", {"名称相近(" + percent(name) + "%)", "similar names (" + percent(name) + "%)"}});
    }
    auto same = [&](const char* prefix) {
      for (const auto& b : e.blocks) {
        if (b.starts_with(prefix) &&
            std::find(other.blocks.begin(), other.blocks.end(), b) != other.blocks.end()) {
          return true;
        }
      }
      return false;
    };
    if (same("h:")) {
      keep *= 0.3;
      c.reasons.push_back({"website", {"网站相同", "same website"}});
    }
    if (same("e:")) {
      keep *= 0.6;
      c.reasons.push_back({"email_domain", {"邮箱域名相同", "same email domain"}});
    }
    if (same("p:")) {
      keep *= 0.5;
      c.reasons.push_back({"phone", {"电话相同", "same phone number"}});
    }
    c.score = std::round((1 - keep) * 100) / 100;
    if (c.score >= kThreshold) out.push_back(std::move(c));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
  if (out.size() > limit) out.resize(limit);
  return out;
}

core::Result<std::vector<DuplicateCandidate>> DuplicateService::candidates(const Context& ctx,
                                                                           core::Id id, int limit) {
  if (!ctx.actor.is_staff()) return core::fail(forbidden(ctx));
  std::lock_guard lock(mutex_);
  refresh();
  auto it = entries_.find(id);
  if (it == entries_.end()) return core::fail(not_found("organisation", id));
  return candidates_of(it->second, static_cast<std::size_t>(std::max(limit, 1)));
}

core::Result<std::vector<DuplicatePair>> DuplicateService::pairs(const Context& ctx, int limit) {
  if (!ctx.actor.is_staff()) return core::fail(forbidden(ctx));
  std::lock_guard lock(mutex_);
  refresh();
  std::vector<DuplicatePair> out;
  for (const auto& [id, e] : entries_) {
    for (auto& c : candidates_of(e, 10)) {
      if (c.organisation.id < id) continue;  // each pair once
      out.push_back({e.ref, c.organisation, c.score, std::move(c.reasons)});
    }
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.score != b.score ? a.score > b.score : a.a.id < b.a.id;
  });
  if (out.size() > static_cast<std::size_t>(std::max(limit, 1)))
    out.resize(static_cast<std::size_t>(limit));
  return out;
}

core::Result<core::Id> DuplicateService::merge(const Context& ctx, core::Id from, core::Id into) {
  if (!ctx.actor.is_staff()) return core::fail(forbidden(ctx));
  if (from == into) {
    return core::fail(core::Error::invalid(
        {{"into", {"不能与自身合并", "an organisation cannot be merged into itself"}}}));
  }
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    const auto a = store::organisations::find(tx.sql(), from);
    const auto b = store::organisations::find(tx.sql(), into);
    if (!a) return core::fail(not_found("organisation", from));
    if (!b) {
      return core::fail(
          core::Error::invalid({{"into", {"目标机构不存在", "no such organisation"}}}));
    }
    if (a->organisation.archived || b->organisation.archived) {
      return core::fail(core::Error::conflict(
          {"已归档的机构不能合并", "an archived organisation cannot be merged"}));
    }
    const auto moved = store::organisations::merge(tx, from, into);
    for (auto id : moved.people) tx.changed("person", id, "update");
    for (auto id : moved.interactions) tx.changed("interaction", id, "update");
    for (auto id : moved.solutions) tx.changed("solution", id, "update");
    for (auto id : moved.related) tx.changed("organisation", id, "update");
    tx.changed("organisation", from, "archive");
    tx.changed("organisation", into, "update");
    const std::string summary = "{\"merged_into\":" + std::to_string(into) +
                                ",\"people\":" + std::to_string(moved.people.size()) +
                                ",\"interactions\":" + std::to_string(moved.interactions.size()) +
                                ",\"relations\":" + std::to_string(moved.related.size()) +
                                ",\"solutions\":" + std::to_string(moved.solutions.size()) +
                                ",\"users\":" + std::to_string(moved.users.size()) + "}";
    audit(tx, ctx, "merge", "organisation", from, "", summary);
    return {};
  });
  if (!r) return core::fail(r.error());
  return into;
}

}  // namespace icity::app
