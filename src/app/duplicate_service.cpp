#include "app/duplicate_service.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "app/audit_trail.hpp"
#include "app/service_errors.hpp"
#include "core/parallel.hpp"
#include "store/organisation_merge.hpp"
#include "store/organisation_repo.hpp"

namespace icity::app {
namespace {

constexpr double kThreshold = 0.6;
constexpr std::size_t kPairsPerOrganisation = 10;  // the best candidates of each make the pairs
constexpr std::size_t kSettleChunk = 2000;         // organisations scored per hold of the lock
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

DuplicateService::~DuplicateService() = default;  // the warmer is asked to stop, then joined

void DuplicateService::start() {
  warmer_ = std::jthread([this](const std::stop_token& stop) {
    try {
      using Clock = std::chrono::steady_clock;
      const auto started = Clock::now();
      std::size_t filed = 0;
      {
        std::lock_guard lock(mutex_);
        refresh(stop);
        filed = entries_.size();
      }
      const auto seconds = [&] {
        return std::chrono::duration<double>(Clock::now() - started).count();
      };
      const double filing = seconds();
      while (!stop.stop_requested()) {
        std::lock_guard lock(mutex_);  // let answers in between chunks
        if (unsettled_.empty()) {
          std::fprintf(stderr,
                       "icity: duplicate detection ready: %zu organisations filed in %.1f s, "
                       "%zu likely pairs scored by %.1f s\n",
                       filed, filing, pairs_.size(), seconds());
          break;
        }
        settle(kSettleChunk);
      }
    } catch (const std::exception& e) {
      // Not fatal: the next answer files again from where this stopped.
      std::fprintf(stderr, "icity: filing organisations for duplicates: %s\n", e.what());
    }
  });
}

void DuplicateService::drop_pairs(core::Id id) {
  auto it = partners_.find(id);
  if (it == partners_.end()) return;
  const auto partners = std::move(it->second);
  partners_.erase(it);
  for (auto p : partners) {
    erase_pair(std::minmax(id, p));
    if (auto back = partners_.find(p); back != partners_.end()) {
      std::erase(back->second, id);
      if (back->second.empty()) partners_.erase(back);
    }
  }
}

void DuplicateService::unfile(core::Id id) {
  drop_pairs(id);
  unsettled_.erase(id);
  auto it = entries_.find(id);
  if (it == entries_.end()) return;
  for (const auto& block : it->second.blocks) {
    auto& list = blocks_[block];
    std::erase(list, id);
  }
  entries_.erase(it);
}

void DuplicateService::file(Entry e) {
  const auto id = e.ref.id;
  unfile(id);
  for (const auto& b : e.blocks) blocks_[b].push_back(id);
  entries_.emplace(id, std::move(e));
  unsettled_.insert(id);
}

DuplicateService::Entry DuplicateService::entry_of(const core::Organisation& org) const {
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
  return e;
}

void DuplicateService::settle(std::size_t budget) {
  std::vector<core::Id> ids;
  while (!unsettled_.empty() && ids.size() < budget) {
    ids.push_back(*unsettled_.begin());
    unsettled_.erase(unsettled_.begin());
  }
  // Scoring reads the filed entries only: on every core. A pair scored from
  // either side is the same pair; the stale ones went when their organisation was filed.
  std::vector<std::vector<std::pair<core::Id, Evidence>>> found(ids.size());
  core::parallel_for(ids.size(), [&](std::size_t i) {
    found[i] = candidates_of(entries_.at(ids[i]), kPairsPerOrganisation);
  });
  for (std::size_t i = 0; i < ids.size(); ++i) {
    for (const auto& [other, evidence] : found[i]) add_pair(std::minmax(ids[i], other), evidence);
  }
}

void DuplicateService::add_pair(PairKey key, const Evidence& evidence) {
  auto [it, fresh] = pairs_.try_emplace(key, evidence);
  if (fresh) {
    partners_[key.first].push_back(key.second);
    partners_[key.second].push_back(key.first);
  } else {
    ranked_.erase({it->second.score(), key});
    it->second = evidence;
  }
  ranked_.insert({evidence.score(), key});
}

void DuplicateService::erase_pair(PairKey key) {
  auto it = pairs_.find(key);
  if (it == pairs_.end()) return;
  ranked_.erase({it->second.score(), key});
  pairs_.erase(it);
}

double DuplicateService::Evidence::score() const {
  double keep = 1 - 0.9 * name;  // noisy-OR of independent signs
  if (website) keep *= 0.3;
  if (email_domain) keep *= 0.6;
  if (phone) keep *= 0.5;
  return std::round((1 - keep) * 100) / 100;
}

std::vector<DuplicateReason> DuplicateService::Evidence::reasons() const {
  std::vector<DuplicateReason> out;
  if (name >= 0.5) {
    out.push_back(
        {"name", {"名称相近(" + percent(name) + "%)", "similar names (" + percent(name) + "%)"}});
  }
  if (website) out.push_back({"website", {"网站相同", "same website"}});
  if (email_domain) out.push_back({"email_domain", {"邮箱域名相同", "same email domain"}});
  if (phone) out.push_back({"phone", {"电话相同", "same phone number"}});
  return out;
}

void DuplicateService::refresh(const std::stop_token& stop) {
  if (last_seq_ < 0) {
    // First use: file every organisation, then follow the log from where it stood.
    std::int64_t seq = 0;
    bool stopped = false;
    db_.read([&](soci::session& sql) -> core::Result<void> {
      long long s = 0;
      soci::indicator ind = soci::i_null;
      sql << "SELECT MAX(seq) FROM change_log", soci::into(s, ind);
      seq = ind == soci::i_ok ? s : 0;
      for (core::Id after = 0;;) {
        if (stop.stop_requested()) {
          stopped = true;  // the node is stopping: file again next time
          break;
        }
        auto batch = store::organisations::scan(sql, after, 5000);
        if (batch.empty()) break;
        after = batch.back().id;
        std::erase_if(batch, [](const auto& o) { return o.archived; });
        std::vector<Entry> entries(batch.size());
        core::parallel_for(batch.size(), [&](std::size_t i) { entries[i] = entry_of(batch[i]); });
        for (auto& e : entries) file(std::move(e));
      }
      return {};
    });
    if (stopped) return;
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
        const auto v = store::organisations::find(sql, id);
        if (v && !v->organisation.archived) {
          file(entry_of(v->organisation));
        } else {
          unfile(id);
        }
      }
      return {};
    });
    last_seq_ = rows.back().seq;
  }
}

std::vector<std::pair<core::Id, DuplicateService::Evidence>> DuplicateService::candidates_of(
    const Entry& e, std::size_t limit) const {
  // Organisations sharing the rarer blocks, most shared first. The counts
  // live in one array per thread, indexed by id (ids are dense), and only the
  // touched cells are read and reset.
  thread_local std::vector<int> shared;
  thread_local std::vector<core::Id> touched;
  touched.clear();
  for (const auto& b : e.blocks) {
    auto it = blocks_.find(b);
    if (it == blocks_.end()) continue;
    const bool contact = !b.starts_with("t:");
    if (!contact && it->second.size() > kCommonBlock) continue;
    for (auto id : it->second) {
      if (id == e.ref.id) continue;
      const auto slot = static_cast<std::size_t>(id);
      if (slot >= shared.size()) shared.resize(std::max(slot + 1, shared.size() * 2), 0);
      if (shared[slot] == 0) touched.push_back(id);
      shared[slot] += contact ? 100 : 1;
    }
  }
  std::vector<std::pair<int, core::Id>> ranked;
  ranked.reserve(touched.size());
  for (auto id : touched) {
    auto& n = shared[static_cast<std::size_t>(id)];
    ranked.emplace_back(n, id);
    n = 0;
  }
  constexpr std::size_t kScored = 200;  // the most-shared ones are scored in full
  if (ranked.size() > kScored) {
    std::nth_element(ranked.begin(), ranked.begin() + kScored, ranked.end(), std::greater<>());
    ranked.resize(kScored);
  }
  std::vector<std::pair<core::Id, Evidence>> out;
  for (const auto& [n, id] : ranked) {
    const auto& other = entries_.at(id);
    double name = 0;
    for (const auto& a : e.keys) {
      for (const auto& b : other.keys) name = std::max(name, text::NameMatcher::similarity(a, b));
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
    const Evidence evidence{static_cast<float>(name), same("h:"), same("e:"), same("p:")};
    if (evidence.score() >= kThreshold) out.emplace_back(id, evidence);
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    const auto sa = a.second.score(), sb = b.second.score();
    return sa != sb ? sa > sb : a.first < b.first;
  });
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
  std::vector<DuplicateCandidate> out;
  for (const auto& [other, evidence] :
       candidates_of(it->second, static_cast<std::size_t>(std::max(limit, 1)))) {
    out.push_back({entries_.at(other).ref, evidence.score(), evidence.reasons()});
  }
  return out;
}

core::Result<std::vector<DuplicatePair>> DuplicateService::pairs(const Context& ctx, int limit) {
  if (!ctx.actor.is_staff()) return core::fail(forbidden(ctx));
  std::lock_guard lock(mutex_);
  refresh();
  while (!unsettled_.empty()) settle(kSettleChunk);
  std::vector<DuplicatePair> out;
  for (const auto& [score, key] : ranked_) {
    if (out.size() >= static_cast<std::size_t>(std::max(limit, 1))) break;
    out.push_back(
        {entries_.at(key.first).ref, entries_.at(key.second).ref, score, pairs_.at(key).reasons()});
  }
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
    for (auto id : moved.opportunities) tx.changed("opportunity", id, "update");
    for (auto id : moved.delegations) tx.changed("delegation", id, "update");
    for (auto id : moved.introductions) tx.changed("introduction", id, "update");
    for (auto id : moved.projects) tx.changed("project", id, "update");
    for (auto id : moved.agreements) tx.changed("agreement", id, "update");
    for (auto id : moved.related) tx.changed("organisation", id, "update");
    tx.changed("organisation", from, "archive");
    tx.changed("organisation", into, "update");
    const std::string summary = "{\"merged_into\":" + std::to_string(into) +
                                ",\"people\":" + std::to_string(moved.people.size()) +
                                ",\"interactions\":" + std::to_string(moved.interactions.size()) +
                                ",\"relations\":" + std::to_string(moved.related.size()) +
                                ",\"solutions\":" + std::to_string(moved.solutions.size()) +
                                ",\"opportunities\":" + std::to_string(moved.opportunities.size()) +
                                ",\"delegations\":" + std::to_string(moved.delegations.size()) +
                                ",\"introductions\":" + std::to_string(moved.introductions.size()) +
                                ",\"users\":" + std::to_string(moved.users.size()) + "}";
    audit(tx, ctx, "merge", "organisation", from, "", summary);
    return {};
  });
  if (!r) return core::fail(r.error());
  return into;
}

}  // namespace icity::app
