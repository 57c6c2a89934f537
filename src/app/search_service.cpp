#include "app/search_service.hpp"

#include <soci/soci.h>

#include <cstdio>
#include <set>

#include "app/search_documents.hpp"

namespace icity::app {
namespace {

using Key = std::pair<std::string, core::Id>;

// Records whose documents show an organisation's name or country: its people,
// interactions, solutions and opportunities.
void add_dependents(soci::session& sql, core::Id org, std::vector<Key>& keys) {
  long long id = org;
  std::vector<long long> ids(10000);
  sql << "SELECT id FROM people WHERE organisation_id = :o", soci::use(id), soci::into(ids);
  for (auto p : ids) keys.emplace_back("person", p);
  ids.resize(10000);
  sql << "SELECT interaction_id FROM interaction_organisations WHERE organisation_id = :o",
      soci::use(id), soci::into(ids);
  for (auto i : ids) keys.emplace_back("interaction", i);
  ids.resize(10000);
  sql << "SELECT id FROM solutions WHERE organisation_id = :o", soci::use(id), soci::into(ids);
  for (auto s : ids) keys.emplace_back("solution", s);
  ids.resize(10000);
  sql << "SELECT id FROM opportunities WHERE organisation_id = :o", soci::use(id), soci::into(ids);
  for (auto o : ids) keys.emplace_back("opportunity", o);
  // Projects and agreements carry their parties' names.
  ids.resize(10000);
  sql << "SELECT project_id FROM project_parties WHERE organisation_id = :o", soci::use(id),
      soci::into(ids);
  for (auto p : ids) keys.emplace_back("project", p);
  ids.resize(10000);
  sql << "SELECT agreement_id FROM agreement_parties WHERE organisation_id = :o", soci::use(id),
      soci::into(ids);
  for (auto a : ids) keys.emplace_back("agreement", a);
}

core::Error no_index() {
  return core::Error{
      core::ErrorCode::kUnavailable, {"此节点没有搜索索引", "this node has no search index"}, {}};
}

core::Error index_error(const std::exception& e) {
  return core::Error{core::ErrorCode::kUnavailable,
                     {std::string("搜索索引出错:") + e.what(),
                      std::string("the search index failed: ") + e.what()},
                     {}};
}

}  // namespace

SearchService::SearchService(store::Database& db, search::Index* index)
    : db_(db), index_(index), follower_(db, std::chrono::milliseconds(200)) {
  follower_.add_listener([this](const auto& rows) { apply(rows); });
}

SearchService::~SearchService() { follower_.stop(); }

void SearchService::start() {
  if (!index_) return;
  if (index_->metadata(kSearchDocumentsKey) != kSearchDocumentsVersion) {
    if (index_->last_seq() == 0 && index_->size() == 0) {
      // A new index: following the log from its start indexes every record.
      index_->set_metadata(kSearchDocumentsKey, kSearchDocumentsVersion);
      index_->commit(0);
    } else if (auto r = rebuild(nullptr); !r) {
      std::fprintf(stderr, "icity: the search index could not be rebuilt: %s\n",
                   r.error().detail.en.c_str());
    }
  }
  follower_.start(index_->last_seq());
}

void SearchService::apply(const std::vector<store::ChangeRow>& rows) {
  if (rows.empty()) return;
  std::vector<Key> keys;
  std::set<Key> seen;
  for (const auto& r : rows) {
    Key key{r.entity, r.entity_id};
    if (seen.insert(key).second) keys.push_back(std::move(key));
  }
  db_.read([&](soci::session& sql) -> core::Result<void> {
    const auto direct = keys.size();
    for (std::size_t k = 0; k < direct; ++k) {
      if (keys[k].first == "organisation") add_dependents(sql, keys[k].second, keys);
    }
    std::set<Key> done;
    std::vector<search::Document> docs;
    for (const auto& [entity, id] : keys) {
      if (!done.insert({entity, id}).second) continue;
      if (auto doc = search_document(sql, db_.backend(), entity, id)) {
        docs.push_back(std::move(*doc));
      } else if (std::find(std::begin(kSearchableTypes), std::end(kSearchableTypes), entity) !=
                 std::end(kSearchableTypes)) {
        index_->remove(entity, id);
      }
    }
    index_->put_many(docs);
    return {};
  });
  index_->commit(rows.back().seq);
}

core::Result<void> SearchService::catch_up() {
  if (!index_) return core::fail(no_index());
  try {
    for (auto rows = db_.changes_since(index_->last_seq(), 2000); !rows.empty();
         rows = db_.changes_since(index_->last_seq(), 2000)) {
      apply(rows);
    }
    return {};
  } catch (const std::exception& e) {
    return core::fail(index_error(e));
  }
}

core::Result<std::int64_t> SearchService::rebuild(
    const std::function<void(std::int64_t, std::int64_t)>& progress) {
  if (!index_) return core::fail(no_index());
  try {
    long long last_seq = 0, total = 0;
    db_.read([&](soci::session& sql) -> core::Result<void> {
      soci::indicator ind = soci::i_null;
      sql << "SELECT MAX(seq) FROM change_log", soci::into(last_seq, ind);
      if (ind != soci::i_ok) last_seq = 0;
      long long n = 0;
      sql << "SELECT (SELECT COUNT(*) FROM organisations) + (SELECT COUNT(*) FROM people) + "
             "(SELECT COUNT(*) FROM interactions) + (SELECT COUNT(*) FROM solutions) + "
             "(SELECT COUNT(*) FROM opportunities) + (SELECT COUNT(*) FROM projects) + "
             "(SELECT COUNT(*) FROM agreements)",
          soci::into(n);
      total = n;
      return {};
    });
    index_->clear();
    std::int64_t done = 0;
    for (std::string_view type : kSearchableTypes) {
      const std::string table = type == "person"        ? "people"
                                : type == "opportunity" ? "opportunities"
                                                        : std::string(type) + "s";
      long long after = 0;
      while (true) {
        std::vector<long long> ids(1000);
        db_.read([&](soci::session& sql) -> core::Result<void> {
          sql << "SELECT id FROM " + table + " WHERE id > :a ORDER BY id LIMIT 1000",
              soci::use(after), soci::into(ids);
          std::vector<search::Document> docs;
          for (auto id : ids) {
            if (auto doc = search_document(sql, db_.backend(), type, id))
              docs.push_back(std::move(*doc));
          }
          index_->put_many(docs);
          return {};
        });
        if (ids.empty()) break;
        after = ids.back();
        done += static_cast<std::int64_t>(ids.size());
        if (done % 20000 < 1000) index_->commit(0);  // durable progress; the seq comes at the end
        if (progress) progress(done, total);
      }
    }
    index_->set_metadata(kSearchDocumentsKey, kSearchDocumentsVersion);
    index_->commit(last_seq);
    if (auto r = catch_up(); !r) return core::fail(r.error());
    return done;
  } catch (const std::exception& e) {
    return core::fail(index_error(e));
  }
}

void SearchService::warm_this_thread() {
  if (!index_) return;
  search::Query warm;
  warm.q = "深圳 創新 innovation";  // Chinese of both scripts and English: every converter
  warm.limit = 1;
  try {
    index_->search(warm);
  } catch (const std::exception&) {
    // Nothing to warm in a broken index: the first real query reports it.
  }
}

core::Result<search::Result> SearchService::search(const Context& ctx, search::Query query) {
  query.audiences = {search::Audience::kPublic};
  if (ctx.actor.signed_in()) query.audiences.push_back(search::Audience::kSignedIn);
  if (ctx.actor.is_staff()) query.audiences.push_back(search::Audience::kStaff);
  if (!index_) return core::fail(no_index());
  try {
    return index_->search(query);
  } catch (const std::exception& e) {
    return core::fail(index_error(e));
  }
}

}  // namespace icity::app
