#include "text/sdg_tagger.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "text/normalize.hpp"
#include "text/segment.hpp"
#include "text/stem.hpp"

namespace icity::text {
namespace {

constexpr int kGoals = 17;
constexpr double kConceptWeight = 1.5;  // a thesaurus concept linked to the goal
constexpr double kPhraseWeight = 1.2;   // a multi-word Aurora phrase
constexpr double kScale = 3.0;          // evidence at which the score reaches 1 − 1/e
constexpr double kRelativeFloor = 0.6;  // goals below 60% of the best one's score are dropped
constexpr std::size_t kMaxGoals = 3;

// A term of the text: its key in the model and how it reads in the text.
struct Term {
  std::string key;
  std::string surface;
};

// English stems and adjacent stem pairs ("en:design", "en2:industri design").
void english_terms(std::string_view normalized, std::vector<Term>& out) {
  const auto stems = english_stems(normalized);
  for (std::size_t i = 0; i < stems.size(); ++i) {
    const auto word = normalized.substr(stems[i].begin, stems[i].end - stems[i].begin);
    if (stems[i].stem.size() >= 3) out.push_back({"en:" + stems[i].stem, std::string(word)});
    if (i + 1 < stems.size()) {
      const auto pair = normalized.substr(stems[i].begin, stems[i + 1].end - stems[i].begin);
      out.push_back({"en2:" + stems[i].stem + " " + stems[i + 1].stem, std::string(pair)});
    }
  }
}

// Chinese words of two characters or more ("zh:红树林").
void chinese_terms(std::string_view normalized, const Lexicon& lexicon, std::vector<Term>& out) {
  for (const auto& t : segment(normalized, &lexicon)) {
    if (t.script == Script::kHan && code_points(t.text) >= 2)
      out.push_back({"zh:" + t.text, t.text});
  }
}

}  // namespace

struct SdgTagger::Model {
  const Thesaurus& thesaurus;
  // term → (goal, weight)
  std::unordered_map<std::string, std::vector<std::pair<int, double>>> goal_terms;
  // term → (target index, weight)
  std::unordered_map<std::string, std::vector<std::pair<std::size_t, double>>> target_terms;
  std::vector<std::string> target_ids;
  std::vector<std::pair<std::string, int>>
      prefixes;  // "en:sustainab" → goal, from Aurora "sustainab*"
  std::vector<double> prefix_weights;

  explicit Model(const Thesaurus& t) : thesaurus(t) {}

  std::vector<Term> terms_of(std::string_view text) const {
    const auto normalized = normalize(text);
    std::vector<Term> terms;
    english_terms(normalized, terms);
    chinese_terms(normalized, thesaurus.lexicon(), terms);
    return terms;
  }
};

SdgTagger::SdgTagger(const std::vector<SdgTargetText>& targets,
                     const std::vector<SdgKeywords>& keywords, const Thesaurus& thesaurus)
    : model_(std::make_unique<Model>(thesaurus)) {
  auto& m = *model_;
  // tf per goal and per target of the target texts' terms.
  std::map<std::string, std::array<int, kGoals + 1>> tf;
  std::vector<std::set<std::string>> target_sets(targets.size());
  for (std::size_t k = 0; k < targets.size(); ++k) {
    const auto& t = targets[k];
    m.target_ids.push_back(t.id);
    for (const auto* side : {&t.text.en, &t.text.zh}) {
      for (auto& term : m.terms_of(*side)) {
        if (t.goal >= 1 && t.goal <= kGoals) {
          auto [it, fresh] = tf.try_emplace(term.key);
          if (fresh) it->second.fill(0);
          ++it->second[t.goal];
        }
        target_sets[k].insert(term.key);
      }
    }
  }
  std::map<std::string, double> idf;
  for (const auto& [key, counts] : tf) {
    int df = 0;
    for (int g = 1; g <= kGoals; ++g) df += counts[g] > 0 ? 1 : 0;
    if (df == 0 || df > 4) continue;  // words every goal uses say nothing about one
    idf[key] = std::log(static_cast<double>(kGoals) / df);
    for (int g = 1; g <= kGoals; ++g) {
      if (counts[g] == 0) continue;
      // A single English word is weak evidence unless the goal's targets
      // keep using it; a stem pair or a Chinese word says more.
      const double w = key.starts_with("en:")    ? std::log1p(counts[g]) * idf[key] / 4
                       : key.starts_with("en2:") ? 1.5 * (1 + std::log(counts[g])) * idf[key] / 2.5
                                                 : (1 + std::log(counts[g])) * idf[key] / 2.5;
      m.goal_terms[key].emplace_back(g, w);
    }
  }
  for (std::size_t k = 0; k < targets.size(); ++k) {
    for (const auto& key : target_sets[k]) {
      if (auto it = idf.find(key); it != idf.end()) m.target_terms[key].emplace_back(k, it->second);
    }
  }
  // Aurora phrases: a phrase of several words is specific; a single word less so.
  for (const auto& kw : keywords) {
    for (const auto& phrase : kw.phrases) {
      std::string p = phrase;
      const bool prefix = !p.empty() && p.back() == '*';
      if (prefix) p.pop_back();
      const auto stems = english_stems(normalize(p));
      if (stems.empty()) continue;
      if (stems.size() == 1 && prefix) {
        if (stems[0].stem.size() >= 5) {
          m.prefixes.emplace_back(stems[0].stem, kw.goal);
          m.prefix_weights.push_back(0.35);
        }
        continue;
      }
      std::string key;
      if (stems.size() == 1) {
        key = "en:" + stems[0].stem;
      } else if (stems.size() == 2) {
        key = "en2:" + stems[0].stem + " " + stems[1].stem;
      } else {
        continue;  // longer phrases rarely recur word for word
      }
      const double w = stems.size() == 1 ? 0.45 : kPhraseWeight;
      auto& list = m.goal_terms[key];
      auto same =
          std::find_if(list.begin(), list.end(), [&](const auto& e) { return e.first == kw.goal; });
      if (same == list.end()) {
        list.emplace_back(kw.goal, w);
      } else {
        same->second = std::max(same->second, w);
      }
      if (!kw.target.empty()) {
        auto at = std::find(m.target_ids.begin(), m.target_ids.end(), kw.target);
        if (at != m.target_ids.end()) {
          m.target_terms[key].emplace_back(static_cast<std::size_t>(at - m.target_ids.begin()), w);
        }
      }
    }
  }
}

SdgTagger::~SdgTagger() = default;
SdgTagger::SdgTagger(SdgTagger&&) noexcept = default;
SdgTagger& SdgTagger::operator=(SdgTagger&&) noexcept = default;

std::vector<SdgSuggestion> SdgTagger::tag(std::string_view text, double min_score) const {
  const auto& m = *model_;
  std::array<double, kGoals + 1> evidence{};
  std::array<std::map<std::string, double>, kGoals + 1> words;  // surface → weight
  std::map<std::size_t, double> target_score;
  auto credit = [&](int goal, double w, const std::string& surface) {
    evidence[goal] += w;
    auto& e = words[goal][surface];
    e = std::max(e, w);
  };
  std::set<std::string> counted;  // each term counts once however often the text repeats it
  for (const auto& term : m.terms_of(text)) {
    if (!counted.insert(term.key).second) continue;
    if (auto it = m.goal_terms.find(term.key); it != m.goal_terms.end()) {
      for (const auto& [goal, w] : it->second) credit(goal, w, term.surface);
    }
    if (auto it = m.target_terms.find(term.key); it != m.target_terms.end()) {
      for (const auto& [k, w] : it->second) target_score[k] += w;
    }
    if (term.key.starts_with("en:")) {
      for (std::size_t k = 0; k < m.prefixes.size(); ++k) {
        if (term.key.compare(3, m.prefixes[k].first.size(), m.prefixes[k].first) == 0) {
          credit(m.prefixes[k].second, m.prefix_weights[k], term.surface);
        }
      }
    }
  }
  // Thesaurus concepts linked to a goal, directly or through broader concepts.
  std::set<std::pair<std::string, int>> concept_goals;
  for (const auto& mention : m.thesaurus.mentions(text)) {
    for (const auto& id : m.thesaurus.with_broader({mention.what->id})) {
      if (!id.starts_with("sdg:") || id.find('.') != std::string::npos) continue;
      const int goal = std::atoi(id.c_str() + 4);
      if (goal < 1 || goal > kGoals) continue;
      if (!concept_goals.insert({mention.what->id, goal}).second) continue;
      credit(goal, kConceptWeight, mention.term);
    }
  }
  std::vector<SdgSuggestion> out;
  for (int g = 1; g <= kGoals; ++g) {
    const double score = 1 - std::exp(-evidence[g] / kScale);
    if (score < min_score) continue;
    SdgSuggestion s{g, std::round(score * 100) / 100, {}, {}};
    std::vector<std::pair<double, std::string>> ranked;
    for (const auto& [surface, w] : words[g]) ranked.emplace_back(w, surface);
    std::sort(ranked.begin(), ranked.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; k < ranked.size() && k < 5; ++k) s.evidence.push_back(ranked[k].second);
    std::vector<std::pair<double, std::string>> best;
    for (const auto& [k, w] : target_score) {
      const auto& id = m.target_ids[k];
      if (std::atoi(id.c_str()) == g && w >= 1.0) best.emplace_back(w, id);
    }
    std::sort(best.begin(), best.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; k < best.size() && k < 2; ++k) s.targets.push_back(best[k].second);
    out.push_back(std::move(s));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
  // A text serves a few goals: those close to the strongest, at most three.
  if (!out.empty()) {
    const double floor = out.front().score * kRelativeFloor;
    std::erase_if(out, [&](const SdgSuggestion& s) { return s.score < floor; });
    if (out.size() > kMaxGoals) out.resize(kMaxGoals);
  }
  return out;
}

}  // namespace icity::text
