#include "search/index.hpp"

#include <xapian.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <boost/json.hpp>
#include <map>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <unordered_map>

#include "core/parallel.hpp"
#include "search/cjk_query.hpp"
#include "search/xapian_document.hpp"
#include "text/normalize.hpp"
#include "text/stem.hpp"

namespace icity::search {
namespace json = boost::json;
namespace {

// Value slots, read by the facet counter.
constexpr const char* kLastSeq = "icity:last_seq";
constexpr Xapian::doccount kFacetBudget = 5000;  // documents the facet counts look at, at least
constexpr double kConceptWeight = 0.8;           // a concept match ranks just below a word match
constexpr double kCommonConceptShare = 0.1;      // of the records: a concept that narrows nothing
constexpr Xapian::doccount kCommonConceptMinDocs = 10000;  // below this, every concept narrows

std::string escape_html(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

class Stopper : public Xapian::Stopper {
 public:
  bool operator()(const std::string& term) const override { return text::is_stopword(term); }
};

// Counts type, kind, country, sector division and SDG over the matches it sees.
class FacetSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double) override {
    ++seen_;
    for (Xapian::valueno slot = 0; slot < kSlots; ++slot) {
      const std::string v = doc.get_value(slot);
      std::size_t start = 0;
      while (start < v.size()) {
        const auto end = std::min(v.find('\n', start), v.size());
        if (end > start) ++counts_[slot][v.substr(start, end - start)];
        start = end + 1;
      }
    }
  }
  std::vector<FacetCount> top(Xapian::valueno slot) const {
    std::vector<FacetCount> out;
    for (const auto& [value, n] : counts_[slot]) out.push_back({value, n});
    std::stable_sort(out.begin(), out.end(),
                     [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
    if (out.size() > 50) out.resize(50);
    return out;
  }
  Xapian::doccount seen() const { return seen_; }

 private:
  std::array<std::map<std::string, std::int64_t>, kSlots> counts_;
  Xapian::doccount seen_ = 0;
};

std::atomic<std::uint64_t> next_instance{1};

}  // namespace

struct Index::Impl {
  std::string dir;
  const text::Thesaurus& thesaurus;
  std::uint64_t instance = next_instance++;
  std::mutex write_mutex;
  Xapian::WritableDatabase writer;
  std::atomic<std::uint64_t> generation{0};

  Impl(std::string d, const text::Thesaurus& t)
      : dir(std::move(d)), thesaurus(t), writer(dir, Xapian::DB_CREATE_OR_OPEN) {}

  // This thread's reader, reopened when the writer has committed since.
  Xapian::Database& reader() {
    struct Reader {
      std::unique_ptr<Xapian::Database> db;
      std::uint64_t generation = 0;
    };
    thread_local std::unordered_map<std::uint64_t, Reader> readers;
    auto& slot = readers[instance];
    const auto now = generation.load();
    if (!slot.db) {
      slot.db = std::make_unique<Xapian::Database>(dir);
      slot.generation = now;
    } else if (slot.generation != now) {
      slot.db->reopen();
      slot.generation = now;
    }
    return *slot.db;
  }

  // All words required; `relaxed`, any of them (ranked by how many and how rare).
  Xapian::Query parse(const Query& q, const std::string& normalized, Xapian::Database& db,
                      std::vector<std::string>& concepts, bool relaxed) {
    Xapian::QueryParser qp;
    static const Stopper stopper;
    qp.set_stemmer(english_stemmer());
    qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    qp.set_stopper(&stopper);
    qp.set_default_op(relaxed ? Xapian::Query::OP_OR : Xapian::Query::OP_AND);
    qp.set_database(db);
    unsigned flags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_LOVEHATE |
                     Xapian::QueryParser::FLAG_CJK_NGRAM;
    if (q.partial) flags |= Xapian::QueryParser::FLAG_PARTIAL;
    Xapian::Query words;
    try {
      words = qp.parse_query(normalized, flags);
    } catch (const Xapian::QueryParserError&) {
      // Xapian's parser refuses some mixes of scripts ("moscow 大公坊 mou"):
      // then each word on its own, all required; a word it still refuses is left out.
      std::vector<Xapian::Query> parts;
      std::istringstream in(normalized);
      for (std::string word; in >> word;) {
        try {
          auto part = qp.parse_query(word, Xapian::QueryParser::FLAG_CJK_NGRAM);
          if (!part.empty()) parts.push_back(std::move(part));
        } catch (const Xapian::QueryParserError&) {
        }
      }
      words = Xapian::Query(relaxed ? Xapian::Query::OP_OR : Xapian::Query::OP_AND, parts.begin(),
                            parts.end());
    }
    words = without_covered_cjk_characters(words);
    concepts = thesaurus.concepts_in_normalized(normalized);
    // A concept that a large share of the records mention (深圳 in Shenzhen's
    // directory) narrows nothing: beside a more selective part it only adds
    // to the rank, or the query would match (and weigh) most of the index.
    std::vector<Xapian::Query> selective, common;
    const double docs = db.get_doccount();
    for (const auto& id : concepts) {
      const auto term = "K" + id;
      const bool frequent = docs >= kCommonConceptMinDocs &&
                            static_cast<double>(db.get_termfreq(term)) > kCommonConceptShare * docs;
      (frequent ? common : selective).emplace_back(term);
    }
    if (words.empty() && selective.empty()) std::swap(selective, common);
    auto scaled = [](const std::vector<Xapian::Query>& terms) {
      return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                           Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()),
                           kConceptWeight);
    };
    Xapian::Query matched = words;
    if (!selective.empty()) {
      matched = words.empty() ? scaled(selective)
                              : Xapian::Query(Xapian::Query::OP_OR, words, scaled(selective));
    }
    if (common.empty()) return matched;
    return {Xapian::Query::OP_AND_MAYBE, matched, scaled(common)};
  }

  static Xapian::Query filters(const Query& q) {
    std::vector<Xapian::Query> all;
    if (!q.type.empty()) all.emplace_back("XT" + q.type);
    if (!q.kind.empty()) all.emplace_back("XK" + q.kind);
    if (!q.country.empty()) all.emplace_back("XC" + q.country);
    if (!q.sector.empty()) all.emplace_back("XS" + q.sector);
    if (q.sdg) all.emplace_back("XG" + std::to_string(*q.sdg));
    std::vector<Xapian::Query> audiences;
    audiences.reserve(q.audiences.size());
    for (auto a : q.audiences) audiences.emplace_back(audience_term(a));
    all.emplace_back(Xapian::Query::OP_OR, audiences.begin(), audiences.end());
    return {Xapian::Query::OP_AND, all.begin(), all.end()};
  }
};

Index::Index(const std::string& dir, const text::Thesaurus& thesaurus) {
  try {
    impl_ = std::make_unique<Impl>(dir, thesaurus);
  } catch (const Xapian::Error& e) {
    throw std::runtime_error("search index " + dir + ": " + e.get_description());
  }
}

Index::~Index() = default;

namespace {

// Xapian's errors are not std::exceptions: callers see them as runtime_errors.
template <class F>
auto translated(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const Xapian::Error& e) {
    throw std::runtime_error("search index: " + e.get_description());
  }
}

}  // namespace

void Index::put(const Document& doc) {
  translated([&] {
    auto built = build_document(doc, impl_->thesaurus);
    std::lock_guard lock(impl_->write_mutex);
    impl_->writer.replace_document(id_term(doc.type, doc.id), built);
  });
}

void Index::put_many(const std::vector<Document>& docs) {
  translated([&] {
    // Documents are built on every core (the costly part); the writer takes them in order.
    std::vector<Xapian::Document> built(docs.size());
    core::parallel_for(
        docs.size(), [&](std::size_t i) { built[i] = build_document(docs[i], impl_->thesaurus); });
    std::lock_guard lock(impl_->write_mutex);
    for (std::size_t i = 0; i < docs.size(); ++i) {
      impl_->writer.replace_document(id_term(docs[i].type, docs[i].id), built[i]);
    }
  });
}

void Index::remove(const std::string& type, std::int64_t id) {
  translated([&] {
    std::lock_guard lock(impl_->write_mutex);
    impl_->writer.delete_document(id_term(type, id));
  });
}

void Index::clear() {
  translated([&] {
    std::lock_guard lock(impl_->write_mutex);
    impl_->writer.close();
    impl_->writer = Xapian::WritableDatabase(impl_->dir, Xapian::DB_CREATE_OR_OVERWRITE);
    ++impl_->generation;
  });
}

void Index::commit(std::int64_t last_seq) {
  translated([&] {
    std::lock_guard lock(impl_->write_mutex);
    impl_->writer.set_metadata(kLastSeq, std::to_string(last_seq));
    impl_->writer.commit();
    ++impl_->generation;
  });
}

std::int64_t Index::last_seq() const {
  return translated([&] {
    std::lock_guard lock(impl_->write_mutex);
    const auto v = impl_->writer.get_metadata(kLastSeq);
    return v.empty() ? std::int64_t{0} : std::int64_t{std::stoll(v)};
  });
}

std::string Index::metadata(const std::string& key) const {
  return translated([&] {
    std::lock_guard lock(impl_->write_mutex);
    return impl_->writer.get_metadata(key);
  });
}

void Index::set_metadata(const std::string& key, const std::string& value) {
  translated([&] {
    std::lock_guard lock(impl_->write_mutex);
    impl_->writer.set_metadata(key, value);
  });
}

std::int64_t Index::size() const {
  return translated([&] { return std::int64_t{impl_->reader().get_doccount()}; });
}

Result Index::search(const Query& query) const {
  Result result;
  for (int attempt = 0; attempt < 3; ++attempt) {
    try {
      auto& db = impl_->reader();
      const auto normalized = text::normalize(query.q);
      const bool everything = normalized.find_first_not_of(" \t\n") == std::string::npos;
      const auto limit = static_cast<Xapian::doccount>(std::clamp(query.limit, 1, 100));
      const auto offset = static_cast<Xapian::doccount>(std::max(query.offset, 0));
      Xapian::Enquire enquire(db);
      FacetSpy spy;
      enquire.add_matchspy(&spy);
      Xapian::MSet mset;
      // Every word first; when no record has them all, any of them (so a query
      // with one word too many still finds what it can, ranked by what matches).
      for (const bool relaxed : {false, true}) {
        Xapian::Query matched = everything
                                    ? Xapian::Query::MatchAll
                                    : impl_->parse(query, normalized, db, result.concepts, relaxed);
        enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, matched, Impl::filters(query)));
        mset = enquire.get_mset(offset, limit + 1, kFacetBudget);
        result.relaxed = relaxed;
        if (everything || mset.get_matches_upper_bound() > 0) break;
        // Nothing matched, so the spy has counted nothing: it serves the second pass as it is.
      }
      result.estimated_total = mset.get_matches_estimated();
      result.more = mset.size() > limit;
      result.facets.exact = mset.get_matches_upper_bound() <= spy.seen();
      result.facets.type = spy.top(kType);
      result.facets.kind = spy.top(kKind);
      result.facets.country = spy.top(kCountry);
      result.facets.sector = spy.top(kSectors);
      result.facets.sdg = spy.top(kSdgs);
      Xapian::doccount n = 0;
      for (auto it = mset.begin(); it != mset.end() && n < limit; ++it, ++n) {
        const auto data = json::parse(it.get_document().get_data()).as_object();
        Hit hit;
        hit.type = std::string(data.at("type").as_string());
        hit.id = data.at("id").to_number<std::int64_t>();
        hit.title = {std::string(data.at("zh").as_string()),
                     std::string(data.at("en").as_string())};
        const std::string text(data.at("text").as_string());
        hit.snippet = everything ? ""
                                 : mset.snippet(text, 240, english_stemmer(),
                                                Xapian::MSet::SNIPPET_CJK_NGRAM |
                                                    Xapian::MSet::SNIPPET_EMPTY_WITHOUT_MATCH,
                                                "<mark>", "</mark>", "…");
        if (hit.snippet.empty() && !text.empty()) {
          const auto head = utf8_prefix(text, 240);
          hit.snippet = escape_html(head) + (head.size() < text.size() ? "…" : "");
        }
        hit.score = everything ? 0 : it.get_percent() / 100.0;
        result.hits.push_back(std::move(hit));
      }
      return result;
    } catch (const Xapian::DatabaseModifiedError&) {
      // The writer committed while we read: reopen and read again.
      ++impl_->generation;
      result = Result{};
    } catch (const Xapian::Error& e) {
      throw std::runtime_error("search: " + e.get_description());
    }
  }
  throw std::runtime_error("search: the index kept changing under the query");
}

}  // namespace icity::search
