#include "store/delegation_repo.hpp"

#include <soci/soci.h>

#include <algorithm>

#include "store/encoding.hpp"
#include "store/sql_query.hpp"

namespace icity::store::delegations {
namespace {

constexpr const char* kColumns =
    "id, version, name_zh, name_en, origin_organisation_id, origin_city, country, members, "
    "interests_zh, interests_en, start_date, end_date, sectors, sdgs, partner_kinds, archived, "
    "created_at, updated_at";

// Members as lines of "name<TAB>title" (the codec keeps tabs and newlines out
// of both).
std::string join_members(const std::vector<core::DelegationMember>& members) {
  std::string out;
  for (const auto& m : members) out += m.name + '\t' + m.title + '\n';
  return out;
}

std::vector<core::DelegationMember> split_members(const std::string& text) {
  std::vector<core::DelegationMember> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    const std::size_t tab = line.find('\t');
    out.push_back({line.substr(0, tab), tab == std::string::npos ? "" : line.substr(tab + 1)});
    start = end + 1;
  }
  return out;
}

std::string join_kinds(const std::vector<core::OrgKind>& kinds) {
  std::vector<std::string> names;
  for (auto k : kinds) names.emplace_back(core::to_string(k));
  return join_spaced(names);
}

// One row of kColumns, bound by position.
struct Row {
  long long id = 0, version = 0, origin = 0, archived = 0;
  soci::indicator origin_ind = soci::i_null;
  std::string name_zh, name_en, origin_city, country, members, interests_zh, interests_en,
      start_date, end_date, sectors, sdgs, partner_kinds, created_at, updated_at;
  void bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(version));
    st.exchange(soci::into(name_zh));
    st.exchange(soci::into(name_en));
    st.exchange(soci::into(origin, origin_ind));
    st.exchange(soci::into(origin_city));
    st.exchange(soci::into(country));
    st.exchange(soci::into(members));
    st.exchange(soci::into(interests_zh));
    st.exchange(soci::into(interests_en));
    st.exchange(soci::into(start_date));
    st.exchange(soci::into(end_date));
    st.exchange(soci::into(sectors));
    st.exchange(soci::into(sdgs));
    st.exchange(soci::into(partner_kinds));
    st.exchange(soci::into(archived));
    st.exchange(soci::into(created_at));
    st.exchange(soci::into(updated_at));
  }
  core::Delegation value() const {
    core::Delegation d;
    d.id = id;
    d.version = version;
    d.name = {name_zh, name_en};
    if (origin_ind == soci::i_ok) d.origin_organisation_id = origin;
    d.origin_city = origin_city;
    d.country = country;
    d.members = split_members(members);
    d.interests = {interests_zh, interests_en};
    d.start_date = start_date;
    d.end_date = end_date;
    d.sectors = split_spaced(sectors);
    d.sdgs = split_spaced_ints(sdgs);
    for (const auto& k : split_spaced(partner_kinds)) {
      if (auto parsed = core::parse_org_kind(k)) d.partner_kinds.push_back(*parsed);
    }
    d.archived = archived != 0;
    d.created_at = created_at;
    d.updated_at = updated_at;
    return d;
  }
};

// The columns an insert or update writes, bound by name.
struct Params {
  std::string name_zh, name_en, origin_city, country, members, interests_zh, interests_en,
      start_date, end_date, sectors, sdgs, partner_kinds;
  long long origin = 0, archived = 0;
  soci::indicator origin_ind;
  explicit Params(const core::Delegation& d)
      : name_zh(d.name.zh),
        name_en(d.name.en),
        origin_city(d.origin_city),
        country(d.country),
        members(join_members(d.members)),
        interests_zh(d.interests.zh),
        interests_en(d.interests.en),
        start_date(d.start_date),
        end_date(d.end_date),
        sectors(join_spaced(d.sectors)),
        sdgs(join_spaced(d.sdgs)),
        partner_kinds(join_kinds(d.partner_kinds)),
        origin(d.origin_organisation_id.value_or(0)),
        archived(d.archived ? 1 : 0),
        origin_ind(d.origin_organisation_id ? soci::i_ok : soci::i_null) {}
  template <class Statement>
  void bind(Statement& st) {
    st.exchange(soci::use(name_zh, "nz"));
    st.exchange(soci::use(name_en, "ne"));
    st.exchange(soci::use(origin, origin_ind, "o"));
    st.exchange(soci::use(origin_city, "oc"));
    st.exchange(soci::use(country, "c"));
    st.exchange(soci::use(members, "m"));
    st.exchange(soci::use(interests_zh, "iz"));
    st.exchange(soci::use(interests_en, "ie"));
    st.exchange(soci::use(start_date, "sd"));
    st.exchange(soci::use(end_date, "ed"));
    st.exchange(soci::use(sectors, "s"));
    st.exchange(soci::use(sdgs, "g"));
    st.exchange(soci::use(partner_kinds, "pk"));
    st.exchange(soci::use(archived, "a"));
  }
};

}  // namespace

std::optional<core::Delegation> find(soci::session& sql, core::Id id) {
  Row row;
  long long key = id;
  soci::statement st(sql);
  row.bind(st);
  st.exchange(soci::use(key, "id"));
  st.alloc();
  st.prepare(std::string("SELECT ") + kColumns + " FROM delegations WHERE id = :id");
  st.define_and_bind();
  if (!st.execute(true)) return std::nullopt;
  return row.value();
}

core::Page<core::Delegation> list(soci::session& sql, Backend backend,
                                  const core::DelegationQuery& query) {
  SqlQuery q(backend);
  q.where("archived = 0");
  if (!query.q.empty()) {
    q.where("(" + q.contains_condition("name_zh") + " OR " + q.contains_condition("name_en") +
                " OR " + q.contains_condition("origin_city") + ")",
            like_contains(query.q));
  }
  return newest_first<Row>(sql, q, kColumns, "delegations", query.cursor, query.limit);
}

core::Id insert(Tx& tx, core::Delegation& d) {
  return insert_versioned<Params>(
      tx, d,
      "INSERT INTO delegations (version, name_zh, name_en, origin_organisation_id, origin_city, "
      "country, members, interests_zh, interests_en, start_date, end_date, sectors, sdgs, "
      "partner_kinds, archived, created_at, updated_at) VALUES (1, :nz, :ne, :o, :oc, :c, :m, "
      ":iz, :ie, :sd, :ed, :s, :g, :pk, :a, :ca, :ua) RETURNING id");
}

bool update(Tx& tx, core::Delegation& d) {
  return update_versioned<Params>(
      tx, d,
      "UPDATE delegations SET version = version + 1, name_zh = :nz, name_en = :ne, "
      "origin_organisation_id = :o, origin_city = :oc, country = :c, members = :m, interests_zh "
      "= :iz, interests_en = :ie, start_date = :sd, end_date = :ed, sectors = :s, sdgs = :g, "
      "partner_kinds = :pk, archived = :a, updated_at = :ua WHERE id = :id AND version = :v");
}

}  // namespace icity::store::delegations
