#include "store/opportunity_repo.hpp"

#include <soci/soci.h>

#include "core/cursor.hpp"
#include "store/encoding.hpp"
#include "store/sql_query.hpp"

namespace icity::store::opportunities {
namespace {

constexpr const char* kColumns =
    "id, version, kind, status, organisation_id, title_zh, title_en, description_zh, "
    "description_en, sectors, concepts, sdgs, countries_sought, partner_kinds_sought, deadline, "
    "archived, created_at, updated_at";

constexpr const char* kPublishedNow =
    "(status = 'published' AND (deadline = '' OR deadline >= {}))";
constexpr const char* kExpiredNow =
    "(status = 'expired' OR (status = 'published' AND deadline <> '' AND deadline < {}))";

std::string join_kinds(const std::vector<core::OrgKind>& kinds) {
  std::vector<std::string> names;
  for (auto k : kinds) names.emplace_back(core::to_string(k));
  return join_spaced(names);
}

// One row of kColumns, bound by position.
struct Row {
  long long id = 0, version = 0, organisation = 0, archived = 0;
  std::string kind, status, title_zh, title_en, description_zh, description_en, sectors, concepts,
      sdgs, countries, partner_kinds, deadline, created_at, updated_at;
  void bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(version));
    st.exchange(soci::into(kind));
    st.exchange(soci::into(status));
    st.exchange(soci::into(organisation));
    st.exchange(soci::into(title_zh));
    st.exchange(soci::into(title_en));
    st.exchange(soci::into(description_zh));
    st.exchange(soci::into(description_en));
    st.exchange(soci::into(sectors));
    st.exchange(soci::into(concepts));
    st.exchange(soci::into(sdgs));
    st.exchange(soci::into(countries));
    st.exchange(soci::into(partner_kinds));
    st.exchange(soci::into(deadline));
    st.exchange(soci::into(archived));
    st.exchange(soci::into(created_at));
    st.exchange(soci::into(updated_at));
  }
  core::Opportunity value() const {
    core::Opportunity o;
    o.id = id;
    o.version = version;
    o.kind = core::parse_opportunity_kind(kind).value_or(core::OpportunityKind::kBusinessOffer);
    o.status = core::parse_opportunity_status(status).value_or(core::OpportunityStatus::kDraft);
    o.organisation_id = organisation;
    o.title = {title_zh, title_en};
    o.description = {description_zh, description_en};
    o.sectors = split_spaced(sectors);
    o.concepts = split_spaced(concepts);
    o.sdgs = split_spaced_ints(sdgs);
    o.countries_sought = split_spaced(countries);
    for (const auto& k : split_spaced(partner_kinds)) {
      if (auto parsed = core::parse_org_kind(k)) o.partner_kinds_sought.push_back(*parsed);
    }
    o.deadline = deadline;
    o.archived = archived != 0;
    o.created_at = created_at;
    o.updated_at = updated_at;
    return o;
  }
};

// The columns an insert or update writes, bound by name.
struct Params {
  std::string kind, status, title_zh, title_en, description_zh, description_en, sectors, concepts,
      sdgs, countries, partner_kinds, deadline;
  long long organisation = 0, archived = 0;
  explicit Params(const core::Opportunity& o)
      : kind(core::to_string(o.kind)),
        status(core::to_string(o.status)),
        title_zh(o.title.zh),
        title_en(o.title.en),
        description_zh(o.description.zh),
        description_en(o.description.en),
        sectors(join_spaced(o.sectors)),
        concepts(join_spaced(o.concepts)),
        sdgs(join_spaced(o.sdgs)),
        countries(join_spaced(o.countries_sought)),
        partner_kinds(join_kinds(o.partner_kinds_sought)),
        deadline(o.deadline),
        organisation(o.organisation_id),
        archived(o.archived ? 1 : 0) {}
  template <class Statement>
  void bind(Statement& st) {
    st.exchange(soci::use(kind, "k"));
    st.exchange(soci::use(status, "st"));
    st.exchange(soci::use(organisation, "o"));
    st.exchange(soci::use(title_zh, "tz"));
    st.exchange(soci::use(title_en, "te"));
    st.exchange(soci::use(description_zh, "dz"));
    st.exchange(soci::use(description_en, "de"));
    st.exchange(soci::use(sectors, "s"));
    st.exchange(soci::use(concepts, "c"));
    st.exchange(soci::use(sdgs, "g"));
    st.exchange(soci::use(countries, "cs"));
    st.exchange(soci::use(partner_kinds, "pk"));
    st.exchange(soci::use(deadline, "dl"));
    st.exchange(soci::use(archived, "a"));
  }
};

}  // namespace

std::optional<core::Opportunity> find(soci::session& sql, core::Id id) {
  Row row;
  long long key = id;
  soci::statement st(sql);
  row.bind(st);
  st.exchange(soci::use(key, "id"));
  st.alloc();
  st.prepare(std::string("SELECT ") + kColumns + " FROM opportunities WHERE id = :id");
  st.define_and_bind();
  if (!st.execute(true)) return std::nullopt;
  return row.value();
}

core::Page<core::Opportunity> list(soci::session& sql, Backend backend,
                                   const core::OpportunityQuery& query) {
  SqlQuery q(backend);
  q.where("archived = 0");
  if (!query.all_statuses) q.where(kPublishedNow, query.today);
  if (query.status) {
    switch (*query.status) {
      case core::OpportunityStatus::kPublished:
        q.where(kPublishedNow, query.today);
        break;
      case core::OpportunityStatus::kExpired:
        q.where(kExpiredNow, query.today);
        break;
      default:
        q.where("status = {}", std::string(core::to_string(*query.status)));
    }
  }
  if (query.kind) q.where("kind = {}", std::string(core::to_string(*query.kind)));
  if (!query.country.empty()) q.where("countries_sought LIKE {}", "% " + query.country + " %");
  if (!query.sector.empty()) q.where("sectors LIKE {}", "% " + query.sector + "%");
  if (query.sdg) q.where("sdgs LIKE {}", "% " + std::to_string(*query.sdg) + " %");
  if (query.organisation_id)
    q.where("organisation_id = {}", static_cast<long long>(*query.organisation_id));
  if (!query.q.empty()) {
    q.where(
        "(" + q.contains_condition("title_zh") + " OR " + q.contains_condition("title_en") + ")",
        like_contains(query.q));
  }
  return newest_first<Row>(sql, q, kColumns, "opportunities", query.cursor, query.limit);
}

std::vector<core::Id> due_to_expire(soci::session& sql, const std::string& today) {
  std::vector<core::Id> out;
  long long id = 0;
  soci::statement st =
      (sql.prepare << "SELECT id FROM opportunities WHERE archived = 0 AND status = 'published' "
                      "AND deadline <> '' AND deadline < :t ORDER BY id",
       soci::use(today), soci::into(id));
  st.execute(false);
  while (st.fetch()) out.push_back(id);
  return out;
}

core::Id insert(Tx& tx, core::Opportunity& o) {
  return insert_versioned<Params>(
      tx, o,
      "INSERT INTO opportunities (version, kind, status, organisation_id, title_zh, title_en, "
      "description_zh, description_en, sectors, concepts, sdgs, countries_sought, "
      "partner_kinds_sought, deadline, archived, created_at, updated_at) VALUES (1, :k, :st, :o, "
      ":tz, :te, :dz, :de, :s, :c, :g, :cs, :pk, :dl, :a, :ca, :ua) RETURNING id");
}

bool update(Tx& tx, core::Opportunity& o) {
  return update_versioned<Params>(
      tx, o,
      "UPDATE opportunities SET version = version + 1, kind = :k, status = :st, organisation_id "
      "= :o, title_zh = :tz, title_en = :te, description_zh = :dz, description_en = :de, sectors "
      "= :s, concepts = :c, sdgs = :g, countries_sought = :cs, partner_kinds_sought = :pk, "
      "deadline = :dl, archived = :a, updated_at = :ua WHERE id = :id AND version = :v");
}

}  // namespace icity::store::opportunities
