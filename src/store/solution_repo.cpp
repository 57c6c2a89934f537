#include "store/solution_repo.hpp"

#include <soci/soci.h>

#include "core/cursor.hpp"
#include "store/encoding.hpp"
#include "store/sql_query.hpp"

namespace icity::store::solutions {
namespace {

constexpr const char* kColumns =
    "id, version, title_zh, title_en, summary_zh, summary_en, body_zh, body_en, sdgs, sectors, "
    "place_zh, place_en, organisation_id, source, year, archived, created_at, updated_at";

// One row of kColumns, bound by position.
struct Row {
  long long id = 0, version = 0, organisation = 0, archived = 0;
  int year = 0;
  soci::indicator organisation_ind = soci::i_null, year_ind = soci::i_null;
  std::string title_zh, title_en, summary_zh, summary_en, body_zh, body_en, sdgs, sectors, place_zh,
      place_en, source, created_at, updated_at;
  void bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(version));
    st.exchange(soci::into(title_zh));
    st.exchange(soci::into(title_en));
    st.exchange(soci::into(summary_zh));
    st.exchange(soci::into(summary_en));
    st.exchange(soci::into(body_zh));
    st.exchange(soci::into(body_en));
    st.exchange(soci::into(sdgs));
    st.exchange(soci::into(sectors));
    st.exchange(soci::into(place_zh));
    st.exchange(soci::into(place_en));
    st.exchange(soci::into(organisation, organisation_ind));
    st.exchange(soci::into(source));
    st.exchange(soci::into(year, year_ind));
    st.exchange(soci::into(archived));
    st.exchange(soci::into(created_at));
    st.exchange(soci::into(updated_at));
  }
  core::Solution value() const {
    core::Solution s;
    s.id = id;
    s.version = version;
    s.title = {title_zh, title_en};
    s.summary = {summary_zh, summary_en};
    s.body = {body_zh, body_en};
    s.sdgs = split_spaced_ints(sdgs);
    s.sectors = split_spaced(sectors);
    s.place = {place_zh, place_en};
    if (organisation_ind == soci::i_ok) s.organisation_id = organisation;
    s.source = source;
    if (year_ind == soci::i_ok) s.year = year;
    s.archived = archived != 0;
    s.created_at = created_at;
    s.updated_at = updated_at;
    return s;
  }
};

// The columns an insert or update writes, bound by name.
struct Params {
  std::string title_zh, title_en, summary_zh, summary_en, body_zh, body_en, sdgs, sectors, place_zh,
      place_en, source;
  long long organisation = 0, archived = 0;
  int year = 0;
  soci::indicator organisation_ind, year_ind;
  explicit Params(const core::Solution& s)
      : title_zh(s.title.zh),
        title_en(s.title.en),
        summary_zh(s.summary.zh),
        summary_en(s.summary.en),
        body_zh(s.body.zh),
        body_en(s.body.en),
        sdgs(join_spaced(s.sdgs)),
        sectors(join_spaced(s.sectors)),
        place_zh(s.place.zh),
        place_en(s.place.en),
        source(s.source),
        organisation(s.organisation_id.value_or(0)),
        archived(s.archived ? 1 : 0),
        year(s.year.value_or(0)),
        organisation_ind(s.organisation_id ? soci::i_ok : soci::i_null),
        year_ind(s.year ? soci::i_ok : soci::i_null) {}
  template <class Statement>
  void bind(Statement& st) {
    st.exchange(soci::use(title_zh, "tz"));
    st.exchange(soci::use(title_en, "te"));
    st.exchange(soci::use(summary_zh, "sz"));
    st.exchange(soci::use(summary_en, "se"));
    st.exchange(soci::use(body_zh, "bz"));
    st.exchange(soci::use(body_en, "be"));
    st.exchange(soci::use(sdgs, "g"));
    st.exchange(soci::use(sectors, "s"));
    st.exchange(soci::use(place_zh, "pz"));
    st.exchange(soci::use(place_en, "pe"));
    st.exchange(soci::use(organisation, organisation_ind, "o"));
    st.exchange(soci::use(source, "src"));
    st.exchange(soci::use(year, year_ind, "y"));
    st.exchange(soci::use(archived, "a"));
  }
};

}  // namespace

std::optional<core::Solution> find(soci::session& sql, core::Id id) {
  Row row;
  long long key = id;
  soci::statement st(sql);
  row.bind(st);
  st.exchange(soci::use(key, "id"));
  st.alloc();
  st.prepare(std::string("SELECT ") + kColumns + " FROM solutions WHERE id = :id");
  st.define_and_bind();
  if (!st.execute(true)) return std::nullopt;
  return row.value();
}

core::Page<core::Solution> list(soci::session& sql, Backend backend,
                                const core::SolutionQuery& query) {
  SqlQuery q(backend);
  q.where("archived = {}", static_cast<long long>(query.archived ? 1 : 0));
  if (query.sdg) q.where("sdgs LIKE {}", "% " + std::to_string(*query.sdg) + " %");
  if (!query.sector.empty()) q.where("sectors LIKE {}", "% " + query.sector + "%");
  if (query.organisation_id)
    q.where("organisation_id = {}", static_cast<long long>(*query.organisation_id));
  if (!query.q.empty()) {
    q.where("(" + q.contains_condition("title_zh") + " OR " + q.contains_condition("title_en") +
                " OR " + q.contains_condition("summary_zh") + " OR " +
                q.contains_condition("summary_en") + ")",
            like_contains(query.q));
  }
  return newest_first<Row>(sql, q, kColumns, "solutions", query.cursor, query.limit);
}

core::Id insert(Tx& tx, core::Solution& s) {
  return insert_versioned<Params>(
      tx, s,
      "INSERT INTO solutions (version, title_zh, title_en, summary_zh, summary_en, body_zh, "
      "body_en, sdgs, sectors, place_zh, place_en, organisation_id, source, year, archived, "
      "created_at, updated_at) VALUES (1, :tz, :te, :sz, :se, :bz, :be, :g, :s, :pz, :pe, :o, "
      ":src, :y, :a, :ca, :ua) RETURNING id");
}

bool update(Tx& tx, core::Solution& s) {
  return update_versioned<Params>(
      tx, s,
      "UPDATE solutions SET version = version + 1, title_zh = :tz, title_en = :te, summary_zh = "
      ":sz, summary_en = :se, body_zh = :bz, body_en = :be, sdgs = :g, sectors = :s, place_zh = "
      ":pz, place_en = :pe, organisation_id = :o, source = :src, year = :y, archived = :a, "
      "updated_at = :ua WHERE id = :id AND version = :v");
}

}  // namespace icity::store::solutions
