#include "store/timeline_repo.hpp"

#include <soci/soci.h>

#include <map>
#include <set>

#include "core/cursor.hpp"
#include "store/interaction_repo.hpp"
#include "store/sql_query.hpp"

namespace icity::store::timeline {
namespace {

constexpr char kInteraction = 'i';
constexpr char kStep = 's';

struct Entry {
  char kind = kInteraction;
  long long id = 0;
  std::string key;
};

std::vector<Entry> entries(soci::session& sql, const core::TimelineQuery& query) {
  long long org = query.organisation_id, viewer = query.viewer_organisation_id.value_or(0);
  long long limit = query.limit + 1, after_id = 0;
  std::string after_key, after_kind;
  const auto cursor = core::decode_cursor(query.cursor);
  const bool paged = cursor && cursor->key.size() >= 2;
  if (paged) {
    after_kind = cursor->key.substr(0, 1);
    after_key = cursor->key.substr(1);
    after_id = cursor->id;
  }
  std::string text =
      "SELECT kind, id, sort_key FROM ("
      "SELECT 'i' AS kind, i.id AS id, i.date AS sort_key FROM interactions i WHERE i.archived = 0 "
      "AND EXISTS (SELECT 1 FROM interaction_organisations io WHERE io.interaction_id = i.id AND "
      "io.organisation_id = :o1) "
      "UNION ALL "
      "SELECT 's' AS kind, s.id AS id, s.at AS sort_key FROM introduction_steps s JOIN "
      "introductions n ON n.id = s.introduction_id WHERE n.archived = 0 AND "
      "(n.from_organisation_id = :o2 OR n.to_organisation_id = :o3)";
  if (query.viewer_organisation_id) {
    text += " AND (n.from_organisation_id = :v1 OR n.to_organisation_id = :v2)";
  }
  text += ") t WHERE 1 = 1";
  if (paged) {
    text +=
        " AND (sort_key < :k1 OR (sort_key = :k2 AND (kind < :d1 OR (kind = :d2 AND id < "
        ":id))))";
  }
  text += " ORDER BY sort_key DESC, kind DESC, id DESC LIMIT :lim";
  Entry e;
  std::string kind;
  soci::statement st(sql);
  st.exchange(soci::into(kind));
  st.exchange(soci::into(e.id));
  st.exchange(soci::into(e.key));
  st.exchange(soci::use(org, "o1"));
  st.exchange(soci::use(org, "o2"));
  st.exchange(soci::use(org, "o3"));
  if (query.viewer_organisation_id) {
    st.exchange(soci::use(viewer, "v1"));
    st.exchange(soci::use(viewer, "v2"));
  }
  if (paged) {
    st.exchange(soci::use(after_key, "k1"));
    st.exchange(soci::use(after_key, "k2"));
    st.exchange(soci::use(after_kind, "d1"));
    st.exchange(soci::use(after_kind, "d2"));
    st.exchange(soci::use(after_id, "id"));
  }
  st.exchange(soci::use(limit, "lim"));
  st.alloc();
  st.prepare(text);
  st.define_and_bind();
  st.execute(false);
  std::vector<Entry> out;
  while (st.fetch()) {
    e.kind = kind.empty() ? kInteraction : kind[0];
    out.push_back(e);
  }
  return out;
}

// Fills the steps' details (status, actor, message, the other organisation).
void load_steps(soci::session& sql, Backend backend, core::Id org,
                std::map<long long, core::TimelineItem*>& steps) {
  if (steps.empty()) return;
  std::vector<long long> ids;
  ids.reserve(steps.size());
  for (const auto& [id, item] : steps) ids.push_back(id);
  SqlQuery q(backend);
  q.where_in("s.id", ids);
  long long id = 0, introduction = 0, from = 0, to = 0;
  std::string status, actor, zh, en, from_zh, from_en, to_zh, to_en;
  soci::statement st(sql);
  st.exchange(soci::into(id));
  st.exchange(soci::into(introduction));
  st.exchange(soci::into(status));
  st.exchange(soci::into(actor));
  st.exchange(soci::into(zh));
  st.exchange(soci::into(en));
  st.exchange(soci::into(from));
  st.exchange(soci::into(from_zh));
  st.exchange(soci::into(from_en));
  st.exchange(soci::into(to));
  st.exchange(soci::into(to_zh));
  st.exchange(soci::into(to_en));
  q.bind(st);
  st.alloc();
  st.prepare(
      "SELECT s.id, s.introduction_id, s.status, s.actor_email, s.message_zh, s.message_en, "
      "f.id, f.name_zh, f.name_en, t.id, t.name_zh, t.name_en FROM introduction_steps s "
      "JOIN introductions n ON n.id = s.introduction_id "
      "JOIN organisations f ON f.id = n.from_organisation_id "
      "JOIN organisations t ON t.id = n.to_organisation_id WHERE 1 = 1" +
      q.conditions());
  st.define_and_bind();
  st.execute(false);
  while (st.fetch()) {
    auto* item = steps[id];
    item->introduction_id = introduction;
    item->status =
        core::parse_introduction_status(status).value_or(core::IntroductionStatus::kInterest);
    item->actor = actor;
    item->message = {zh, en};
    item->outgoing = from == org;
    item->other_organisations = {item->outgoing ? core::OrganisationRef{to, {to_zh, to_en}}
                                                : core::OrganisationRef{from, {from_zh, from_en}}};
  }
}

}  // namespace

core::Page<core::TimelineItem> list(soci::session& sql, Backend backend,
                                    const core::TimelineQuery& query) {
  auto found = entries(sql, query);
  core::Page<core::TimelineItem> page;
  if (static_cast<long long>(found.size()) > query.limit) {
    found.resize(query.limit);
    const auto& last = found.back();
    page.next_cursor = core::encode_cursor({std::string(1, last.kind) + last.key, last.id});
  }
  page.items.resize(found.size());
  std::map<long long, core::TimelineItem*> steps;
  for (std::size_t i = 0; i < found.size(); ++i) {
    auto& item = page.items[i];
    item.id = found[i].id;
    item.when = found[i].key;
    if (found[i].kind == kStep) {
      item.type = core::TimelineItem::Type::kIntroductionStep;
      steps[found[i].id] = &item;
      continue;
    }
    item.type = core::TimelineItem::Type::kInteraction;
    if (auto view = interactions::find(sql, found[i].id)) {
      item.interaction_type = view->interaction.type;
      item.summary = view->interaction.summary;
      for (const auto& o : view->organisations) {
        if (o.id != query.organisation_id) item.other_organisations.push_back(o);
      }
    }
  }
  load_steps(sql, backend, query.organisation_id, steps);
  return page;
}

}  // namespace icity::store::timeline
