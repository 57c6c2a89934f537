#include "search/xapian_document.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <map>
#include <vector>

#include "text/normalize.hpp"

namespace icity::search {
namespace json = boost::json;
namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += '\n';
    out += s;
  }
  return out;
}

}  // namespace

std::string id_term(const std::string& type, std::int64_t id) {
  return "Q" + type + ":" + std::to_string(id);
}

std::string audience_term(Audience a) {
  switch (a) {
    case Audience::kPublic:
      return "XApublic";
    case Audience::kSignedIn:
      return "XAsigned_in";
    case Audience::kStaff:
      return "XAstaff";
  }
  return "XApublic";
}

const Xapian::Stem& english_stemmer() {
  thread_local const Xapian::Stem stemmer("en");
  return stemmer;
}

std::string_view utf8_prefix(std::string_view s, std::size_t bytes) {
  if (s.size() <= bytes) return s;
  while (bytes > 0 && (static_cast<unsigned char>(s[bytes]) & 0xC0) == 0x80) --bytes;
  return s.substr(0, bytes);
}

Xapian::Document build_document(const Document& d, const text::Thesaurus& thesaurus) {
  Xapian::Document doc;
  Xapian::TermGenerator tg;
  tg.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
  tg.set_stemmer(english_stemmer());
  tg.set_document(doc);
  std::string all;  // normalised once, for the words and the concepts
  for (const auto* t : {&d.title.zh, &d.title.en}) {
    if (t->empty()) continue;
    const auto n = text::normalize(*t);
    tg.index_text(n, 3);  // a title word counts three times
    tg.increase_termpos();
    all += n + "\n";
  }
  for (const auto& t : d.texts) {
    if (t.empty()) continue;
    const auto n = text::normalize(t);
    tg.index_text(n);
    tg.increase_termpos();
    all += n + "\n";
  }
  // The concepts the text mentions, with their broader concepts, and those
  // the record declares (its sectors and SDGs).
  std::map<std::string, Xapian::termcount> concepts;
  for (const auto& m : thesaurus.mentions_normalized(all)) ++concepts[m.what->id];
  for (const auto& s : d.sectors) ++concepts["sector:" + s];
  for (int g : d.sdgs) ++concepts["sdg:" + std::to_string(g)];
  std::vector<std::string> ids;
  for (const auto& [id, n] : concepts) ids.push_back(id);
  for (const auto& id : thesaurus.with_broader(ids)) {
    auto it = concepts.find(id);
    doc.add_term("K" + id, it == concepts.end() ? 1 : it->second);
  }
  doc.add_boolean_term(id_term(d.type, d.id));
  doc.add_boolean_term("XT" + d.type);
  doc.add_boolean_term(audience_term(d.audience));
  if (!d.kind.empty()) doc.add_boolean_term("XK" + d.kind);
  if (!d.country.empty()) doc.add_boolean_term("XC" + d.country);
  std::vector<std::string> divisions;
  for (const auto& s : d.sectors) {
    for (std::size_t n = 1; n <= s.size(); ++n) doc.add_boolean_term("XS" + s.substr(0, n));
    if (s.size() >= 2) divisions.push_back(s.substr(0, 2));
  }
  std::vector<std::string> sdgs;
  for (int g : d.sdgs) {
    doc.add_boolean_term("XG" + std::to_string(g));
    sdgs.push_back(std::to_string(g));
  }
  std::sort(divisions.begin(), divisions.end());
  divisions.erase(std::unique(divisions.begin(), divisions.end()), divisions.end());
  doc.add_value(kType, d.type);
  doc.add_value(kKind, d.kind);
  doc.add_value(kCountry, d.country);
  doc.add_value(kSectors, joined(divisions));
  doc.add_value(kSdgs, joined(sdgs));
  json::object data{{"type", d.type},
                    {"id", d.id},
                    {"zh", d.title.zh},
                    {"en", d.title.en},
                    {"text", std::string(utf8_prefix(joined(d.texts), 4000))}};
  doc.set_data(json::serialize(data));
  return doc;
}

}  // namespace icity::search
