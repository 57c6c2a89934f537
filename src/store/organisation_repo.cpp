#include "store/organisation_repo.hpp"

#include <soci/soci.h>

#include <algorithm>

#include "core/cursor.hpp"
#include "store/encoding.hpp"
#include "store/pg_copy.hpp"
#include "store/prepared.hpp"
#include "store/sql_query.hpp"

namespace icity::store::organisations {
namespace {

constexpr const char* kColumns =
    "id, version, name_zh, name_en, summary_zh, summary_en, kind, country, city_zh, city_en, "
    "district_zh, district_en, sectors, sdgs, size, website, email, phone, tags, archived, "
    "created_at, updated_at, sort_name, "
    "(SELECT COUNT(*) FROM people p WHERE p.organisation_id = o.id AND p.archived = 0), "
    "(SELECT COUNT(*) FROM interaction_organisations io WHERE io.organisation_id = o.id)";

// One row of kColumns, bound by position.
struct Row {
  long long id = 0, version = 0, archived = 0, people = 0, interactions = 0;
  std::string name_zh, name_en, summary_zh, summary_en, kind, country, city_zh, city_en,
      district_zh, district_en, sectors, sdgs, size, website, email, phone, tags, created_at,
      updated_at, sort_name;

  void bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(version));
    st.exchange(soci::into(name_zh));
    st.exchange(soci::into(name_en));
    st.exchange(soci::into(summary_zh));
    st.exchange(soci::into(summary_en));
    st.exchange(soci::into(kind));
    st.exchange(soci::into(country));
    st.exchange(soci::into(city_zh));
    st.exchange(soci::into(city_en));
    st.exchange(soci::into(district_zh));
    st.exchange(soci::into(district_en));
    st.exchange(soci::into(sectors));
    st.exchange(soci::into(sdgs));
    st.exchange(soci::into(size));
    st.exchange(soci::into(website));
    st.exchange(soci::into(email));
    st.exchange(soci::into(phone));
    st.exchange(soci::into(tags));
    st.exchange(soci::into(archived));
    st.exchange(soci::into(created_at));
    st.exchange(soci::into(updated_at));
    st.exchange(soci::into(sort_name));
    st.exchange(soci::into(people));
    st.exchange(soci::into(interactions));
  }

  core::OrganisationView view() const {
    core::OrganisationView v;
    auto& o = v.organisation;
    o.id = id;
    o.version = version;
    o.name = {name_zh, name_en};
    o.summary = {summary_zh, summary_en};
    o.kind = core::parse_org_kind(kind).value_or(core::OrgKind::kEnterprise);
    o.country = country;
    o.city = {city_zh, city_en};
    o.district = {district_zh, district_en};
    o.sectors = split_spaced(sectors);
    o.sdgs = split_spaced_ints(sdgs);
    o.size = core::parse_size_band(size);
    o.website = website;
    o.email = email;
    o.phone = phone;
    o.tags = split_lines(tags);
    o.archived = archived != 0;
    o.created_at = created_at;
    o.updated_at = updated_at;
    v.people_count = people;
    v.interactions_count = interactions;
    return v;
  }
};

// The relations of one organisation, both directions, prepared once per connection.
struct RelationsQuery : PreparedStatement {
  long long key = 0, key2 = 0, outgoing = 0, other = 0;
  std::string type, zh, en;
  soci::statement st;
  explicit RelationsQuery(soci::session& sql)
      : st((sql.prepare << "SELECT r.type, 1, o.id, o.name_zh, o.name_en FROM "
                           "organisation_relations r JOIN organisations o ON o.id = r.to_id "
                           "WHERE r.from_id = :a "
                           "UNION ALL "
                           "SELECT r.type, 0, o.id, o.name_zh, o.name_en FROM "
                           "organisation_relations r JOIN organisations o ON o.id = r.from_id "
                           "WHERE r.to_id = :b",
            soci::use(key, "a"), soci::use(key2, "b"), soci::into(type), soci::into(outgoing),
            soci::into(other), soci::into(zh), soci::into(en))) {}
};

// One organisation by id, prepared once per connection.
struct FindQuery : PreparedStatement {
  Row row;
  long long key = 0;
  soci::statement st;
  explicit FindQuery(soci::session& sql) : st(sql) {
    row.bind(st);
    st.exchange(soci::use(key, "id"));
    st.alloc();
    st.prepare(std::string("SELECT ") + kColumns + " FROM organisations o WHERE id = :id");
    st.define_and_bind();
  }
};

std::vector<core::RelationView> relations_of(soci::session& sql, core::Id id) {
  std::unique_ptr<RelationsQuery> scratch;
  auto& q = prepared(sql, StatementSlot::kOrganisationRelations, scratch);
  q.key = id;
  q.key2 = id;
  std::vector<core::RelationView> out;
  const StatementDone done(sql, q.st);
  q.st.execute(false);
  while (q.st.fetch()) {
    core::RelationView r;
    r.type = core::parse_relation_type(q.type).value_or(core::RelationType::kPartner);
    r.outgoing = q.outgoing != 0;
    r.organisation = {q.other, {q.zh, q.en}};
    out.push_back(std::move(r));
  }
  std::stable_partition(out.begin(), out.end(), [](const auto& r) { return r.outgoing; });
  return out;
}

void write_relations(Tx& tx, const core::Organisation& org) {
  long long from = org.id;
  tx.sql() << "DELETE FROM organisation_relations WHERE from_id = :f", soci::use(from);
  for (const auto& r : org.relations) {
    long long to = r.organisation_id;
    std::string type(core::to_string(r.type));
    tx.sql() << "INSERT INTO organisation_relations (from_id, to_id, type) VALUES (:f, :t, :y) "
                "ON CONFLICT DO NOTHING",
        soci::use(from), soci::use(to), soci::use(type);
  }
}

std::string column_of(core::OrganisationSort sort) {
  switch (sort) {
    case core::OrganisationSort::kCreated:
    case core::OrganisationSort::kCreatedDesc:
      return "created_at";
    case core::OrganisationSort::kUpdated:
    case core::OrganisationSort::kUpdatedDesc:
      return "updated_at";
    default:
      return "sort_name";
  }
}

bool descending(core::OrganisationSort sort) {
  return sort == core::OrganisationSort::kNameDesc ||
         sort == core::OrganisationSort::kCreatedDesc ||
         sort == core::OrganisationSort::kUpdatedDesc;
}

}  // namespace

std::optional<core::OrganisationView> find(soci::session& sql, core::Id id) {
  std::unique_ptr<FindQuery> scratch;
  auto& q = prepared(sql, StatementSlot::kFindOrganisation, scratch);
  q.key = id;
  std::optional<core::OrganisationView> found;
  {
    const StatementDone done(sql, q.st);
    if (q.st.execute(true)) found = q.row.view();
  }
  if (!found) return std::nullopt;
  auto& view = *found;
  view.relations = relations_of(sql, id);
  for (const auto& r : view.relations) {
    if (r.outgoing) view.organisation.relations.push_back({r.type, r.organisation.id});
  }
  return found;
}

core::Page<core::OrganisationView> list(soci::session& sql, Backend backend,
                                        const core::OrganisationQuery& query) {
  SqlQuery q(backend);
  q.where("archived = {}", static_cast<long long>(query.archived ? 1 : 0));
  if (query.kind) q.where("kind = {}", std::string(core::to_string(*query.kind)));
  if (!query.country.empty()) q.where("country = {}", query.country);
  if (!query.sector.empty()) q.where("sectors LIKE {}", "% " + query.sector + "%");
  if (query.sdg) q.where("sdgs LIKE {}", "% " + std::to_string(*query.sdg) + " %");
  if (!query.q.empty()) {
    q.where("(" + q.contains_condition("name_zh") + " OR " + q.contains_condition("name_en") +
                " OR " + q.contains_condition("summary_zh") + " OR " +
                q.contains_condition("summary_en") + ")",
            like_contains(query.q));
  }
  const std::string column = column_of(query.sort);
  const bool desc = descending(query.sort);
  if (!query.cursor.empty()) {
    if (auto c = core::decode_cursor(query.cursor)) q.after(column, c->key, c->id, desc);
  }
  long long limit = query.limit + 1;
  const std::string order = desc ? " DESC" : "";
  Row row;
  soci::statement st(sql);
  row.bind(st);
  q.bind(st);
  st.exchange(soci::use(limit, "lim"));
  st.alloc();
  st.prepare(std::string("SELECT ") + kColumns + " FROM organisations o WHERE 1 = 1" +
             q.conditions() + " ORDER BY " + column + order + ", id" + order + " LIMIT :lim");
  st.define_and_bind();
  st.execute(false);
  core::Page<core::OrganisationView> page;
  std::string last_key;
  while (st.fetch()) {
    if (static_cast<long long>(page.items.size()) == query.limit) {
      const auto& last = page.items.back().organisation;
      page.next_cursor = core::encode_cursor({last_key, last.id});
      break;
    }
    page.items.push_back(row.view());
    last_key = column == "created_at"   ? row.created_at
               : column == "updated_at" ? row.updated_at
                                        : row.sort_name;
  }
  return page;
}

std::vector<core::Organisation> scan(soci::session& sql, core::Id after, int limit) {
  Row row;
  long long from = after;
  long long lim = limit;
  soci::statement st(sql);
  row.bind(st);
  st.exchange(soci::use(from, "after"));
  st.exchange(soci::use(lim, "lim"));
  st.alloc();
  st.prepare(std::string("SELECT ") + kColumns +
             " FROM organisations o WHERE id > :after ORDER BY id LIMIT :lim");
  st.define_and_bind();
  st.execute(false);
  std::vector<core::Organisation> out;
  while (st.fetch()) out.push_back(row.view().organisation);
  return out;
}

std::vector<core::Id> missing(soci::session& sql, const std::vector<core::Id>& ids) {
  std::vector<core::Id> out;
  for (core::Id id : ids) {
    long long key = id;
    int count = 0;
    sql << "SELECT COUNT(*) FROM organisations WHERE id = :id", soci::use(key), soci::into(count);
    if (count == 0) out.push_back(id);
  }
  return out;
}

namespace {

// The columns an insert or update writes, bound by name from `org`.
struct Params {
  std::string name_zh, name_en, sort, summary_zh, summary_en, kind, country, city_zh, city_en,
      district_zh, district_en, sectors, sdgs, size, website, email, phone, tags;
  long long archived = 0;
  explicit Params(const core::Organisation& o)
      : name_zh(o.name.zh),
        name_en(o.name.en),
        sort(sort_name(o.name.en, o.name.zh)),
        summary_zh(o.summary.zh),
        summary_en(o.summary.en),
        kind(core::to_string(o.kind)),
        country(o.country),
        city_zh(o.city.zh),
        city_en(o.city.en),
        district_zh(o.district.zh),
        district_en(o.district.en),
        sectors(join_spaced(o.sectors)),
        sdgs(join_spaced(o.sdgs)),
        size(o.size ? std::string(core::to_string(*o.size)) : std::string()),
        website(o.website),
        email(o.email),
        phone(o.phone),
        tags(join_lines(o.tags)),
        archived(o.archived ? 1 : 0) {}
};

}  // namespace

core::Id insert(Tx& tx, core::Organisation& org) {
  Params p(org);
  org.version = 1;
  org.created_at = tx.now();
  org.updated_at = tx.now();
  long long id = 0;
  tx.sql() << "INSERT INTO organisations (version, name_zh, name_en, sort_name, summary_zh, "
              "summary_en, kind, country, city_zh, city_en, district_zh, district_en, sectors, "
              "sdgs, size, website, email, phone, tags, archived, created_at, updated_at) VALUES "
              "(1, :nz, :ne, :sn, :sz, :se, :k, :c, :cz, :ce, :dz, :de, :sec, :sdg, :sz2, :w, :em, "
              ":ph, :t, :a, :ca, :ua) RETURNING id",
      soci::use(p.name_zh, "nz"), soci::use(p.name_en, "ne"), soci::use(p.sort, "sn"),
      soci::use(p.summary_zh, "sz"), soci::use(p.summary_en, "se"), soci::use(p.kind, "k"),
      soci::use(p.country, "c"), soci::use(p.city_zh, "cz"), soci::use(p.city_en, "ce"),
      soci::use(p.district_zh, "dz"), soci::use(p.district_en, "de"), soci::use(p.sectors, "sec"),
      soci::use(p.sdgs, "sdg"), soci::use(p.size, "sz2"), soci::use(p.website, "w"),
      soci::use(p.email, "em"), soci::use(p.phone, "ph"), soci::use(p.tags, "t"),
      soci::use(p.archived, "a"), soci::use(org.created_at, "ca"), soci::use(org.updated_at, "ua"),
      soci::into(id);
  org.id = id;
  write_relations(tx, org);
  return id;
}

void copy_in(Tx& tx, std::vector<core::Organisation>& orgs) {
  const auto ids = reserve_ids(tx.sql(), "organisations", orgs.size());
  CopyIn copy(tx.sql(), "organisations",
              {"id",          "version", "name_zh",  "name_en",    "sort_name", "summary_zh",
               "summary_en",  "kind",    "country",  "city_zh",    "city_en",   "district_zh",
               "district_en", "sectors", "sdgs",     "size",       "website",   "email",
               "phone",       "tags",    "archived", "created_at", "updated_at"});
  for (std::size_t i = 0; i < orgs.size(); ++i) {
    auto& org = orgs[i];
    const Params p(org);
    org.id = ids[i];
    org.version = 1;
    org.created_at = org.updated_at = tx.now();
    copy.add(ids[i]).add(1LL).add(p.name_zh).add(p.name_en).add(p.sort).add(p.summary_zh);
    copy.add(p.summary_en).add(p.kind).add(p.country).add(p.city_zh).add(p.city_en);
    copy.add(p.district_zh).add(p.district_en).add(p.sectors).add(p.sdgs).add(p.size);
    copy.add(p.website).add(p.email).add(p.phone).add(p.tags).add(p.archived);
    copy.add(org.created_at).add(org.updated_at).end_row();
  }
  copy.finish();
  CopyIn relations(tx.sql(), "organisation_relations", {"from_id", "to_id", "type"});
  for (const auto& org : orgs) {
    for (const auto& r : org.relations) {
      relations.add(org.id).add(r.organisation_id).add(core::to_string(r.type)).end_row();
    }
  }
  relations.finish();
}

bool update(Tx& tx, core::Organisation& org) {
  Params p(org);
  long long id = org.id;
  long long version = org.version;
  soci::statement st =
      (tx.sql().prepare
           << "UPDATE organisations SET version = version + 1, name_zh = :nz, name_en = :ne, "
              "sort_name = :sn, summary_zh = :sz, summary_en = :se, kind = :k, country = :c, "
              "city_zh = :cz, city_en = :ce, district_zh = :dz, district_en = :de, sectors = :sec, "
              "sdgs = :sdg, size = :sz2, website = :w, email = :em, phone = :ph, tags = :t, "
              "archived = :a, updated_at = :ua WHERE id = :id AND version = :v",
       soci::use(p.name_zh, "nz"), soci::use(p.name_en, "ne"), soci::use(p.sort, "sn"),
       soci::use(p.summary_zh, "sz"), soci::use(p.summary_en, "se"), soci::use(p.kind, "k"),
       soci::use(p.country, "c"), soci::use(p.city_zh, "cz"), soci::use(p.city_en, "ce"),
       soci::use(p.district_zh, "dz"), soci::use(p.district_en, "de"), soci::use(p.sectors, "sec"),
       soci::use(p.sdgs, "sdg"), soci::use(p.size, "sz2"), soci::use(p.website, "w"),
       soci::use(p.email, "em"), soci::use(p.phone, "ph"), soci::use(p.tags, "t"),
       soci::use(p.archived, "a"), soci::use(tx.now(), "ua"), soci::use(id, "id"),
       soci::use(version, "v"));
  st.execute(true);
  if (st.get_affected_rows() != 1) return false;
  org.version += 1;
  org.updated_at = tx.now();
  write_relations(tx, org);
  return true;
}

}  // namespace icity::store::organisations
