// bench/sdg_eval [labelled.tsv]: the SDG tagger against a hand-labelled set
// (bench/sdg_eval/labelled.tsv, see its README), Chinese and English apart:
// per-goal precision, recall and F1 and the macro-F1, beside a plain keyword
// baseline in the same run. The baseline predicts a goal when the text holds
// one of its keywords literally (lower-cased substring): in English the Aurora
// query phrases (wildcards dropped), in Chinese the goal's short title and the
// words (two characters or more) that only its own target texts use.
#include <array>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "app/reference_data.hpp"
#include "app/sdg_data.hpp"
#include "app/thesaurus_data.hpp"
#include "text/normalize.hpp"
#include "text/segment.hpp"

namespace {

using Goals = std::set<int>;

struct Row {
  std::string lang;
  Goals gold;
  std::string text;
};

std::vector<Row> read_set(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<Row> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string field; std::getline(ss, field, '\t');) f.push_back(field);
    if (f.size() < 4) continue;
    Row r{f[1], {}, f[3]};
    std::stringstream goals(f[2]);
    for (std::string g; std::getline(goals, g, '|');) r.gold.insert(std::stoi(g));
    rows.push_back(std::move(r));
  }
  return rows;
}

struct Counts {
  std::array<int, 18> tp{}, fp{}, fn{};
  void add(const Goals& gold, const Goals& predicted) {
    for (int g = 1; g <= 17; ++g) {
      const bool in_gold = gold.contains(g), in_pred = predicted.contains(g);
      tp[g] += in_gold && in_pred;
      fp[g] += !in_gold && in_pred;
      fn[g] += in_gold && !in_pred;
    }
  }
  static double ratio(int a, int b) { return b == 0 ? 0 : static_cast<double>(a) / b; }
  double precision(int g) const { return ratio(tp[g], tp[g] + fp[g]); }
  double recall(int g) const { return ratio(tp[g], tp[g] + fn[g]); }
  double f1(int g) const {
    const double p = precision(g), r = recall(g);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
  double macro_f1() const {
    double sum = 0;
    for (int g = 1; g <= 17; ++g) sum += f1(g);
    return sum / 17;
  }
};

class KeywordBaseline {
 public:
  KeywordBaseline(const icity::app::ReferenceData& reference) {
    for (const auto& f : icity::app::sdg_query_files::files()) {
      for (const auto& kw : icity::app::parse_aurora_queries(f.content)) {
        for (auto p : kw.phrases) {
          if (!p.empty() && p.back() == '*') p.pop_back();
          if (p.size() >= 3) en_[kw.goal].insert(icity::text::normalize(p));
        }
      }
    }
    std::map<std::string, std::set<int>> goals_of_word;
    for (const auto& t : reference.sdg_targets()) {
      for (const auto& tok : icity::text::segment(icity::text::normalize(t.text.zh))) {
        if (tok.script == icity::text::Script::kHan && icity::text::code_points(tok.text) >= 2) {
          goals_of_word[tok.text].insert(t.goal);
        }
      }
    }
    for (const auto& [word, goals] : goals_of_word) {
      if (goals.size() == 1) zh_[*goals.begin()].insert(word);
    }
    for (const auto& g : reference.sdgs())
      zh_[g.goal].insert(icity::text::normalize(g.short_title.zh));
  }
  Goals tag(const std::string& text, const std::string& lang) const {
    const auto t = icity::text::normalize(text);
    Goals out;
    const auto& keywords = lang == "zh" ? zh_ : en_;
    for (const auto& [goal, words] : keywords) {
      for (const auto& w : words) {
        // English keywords match whole words at their start.
        const auto at = t.find(w);
        if (at == std::string::npos) continue;
        if (lang == "en" && at > 0 && std::isalnum(static_cast<unsigned char>(t[at - 1]))) continue;
        out.insert(goal);
        break;
      }
    }
    return out;
  }

 private:
  std::map<int, std::set<std::string>> en_, zh_;
};

void print(const std::string& lang, const Counts& tagger, const Counts& baseline, std::size_t n) {
  std::printf("\n== %s (%zu texts)\n", lang == "zh" ? "Chinese" : "English", n);
  std::printf("goal   icity P    R     F1   | keyword P    R     F1\n");
  for (int g = 1; g <= 17; ++g) {
    std::printf("%4d   %5.2f  %5.2f  %5.2f  |  %5.2f  %5.2f  %5.2f\n", g, tagger.precision(g),
                tagger.recall(g), tagger.f1(g), baseline.precision(g), baseline.recall(g),
                baseline.f1(g));
  }
  std::printf("macro-F1  icity %.3f   keyword baseline %.3f   ratio %.2f\n", tagger.macro_f1(),
              baseline.macro_f1(),
              baseline.macro_f1() > 0 ? tagger.macro_f1() / baseline.macro_f1() : 0.0);
}

}  // namespace

int main(int argc, char** argv) {
  const std::string path = argc > 1 ? argv[1] : ICITY_SDG_EVAL_SET;
  const auto rows = read_set(path);
  const icity::app::ReferenceData reference;
  const auto thesaurus = icity::app::build_thesaurus(reference);
  const auto tagger = icity::app::build_sdg_tagger(reference, thesaurus);
  const KeywordBaseline baseline(reference);
  for (const std::string lang : {"zh", "en"}) {
    Counts ours, theirs;
    std::size_t n = 0;
    for (const auto& r : rows) {
      if (r.lang != lang) continue;
      ++n;
      Goals predicted;
      for (const auto& s : tagger.tag(r.text)) predicted.insert(s.goal);
      ours.add(r.gold, predicted);
      theirs.add(r.gold, baseline.tag(r.text, lang));
    }
    print(lang, ours, theirs, n);
  }
  return 0;
}
