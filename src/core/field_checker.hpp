// Collects a record's bad fields, each with its dotted path and a message in
// both languages, so one answer names every problem. Internal to src/core.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/localized_text.hpp"
#include "core/reference.hpp"

namespace icity::core {

class FieldChecker {
 public:
  void add(std::string field, std::string zh, std::string en) {
    errors_.push_back({std::move(field), {std::move(zh), std::move(en)}});
  }
  void length(const std::string& field, const std::string& value, std::size_t max) {
    if (value.size() > max) {
      add(field, "过长(最多 " + std::to_string(max) + " 字节)",
          "too long (at most " + std::to_string(max) + " bytes)");
    }
  }
  void text(const std::string& field, const LocalizedText& t, std::size_t max, bool required) {
    if (required && t.zh.empty() && t.en.empty()) {
      add(field, "必填:请至少填写中文或英文", "required: give it in Chinese or English or both");
    }
    length(field + ".zh", t.zh, max);
    length(field + ".en", t.en, max);
  }
  void sectors(const std::vector<std::string>& codes, const ReferenceCatalogue& ref) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < codes.size(); ++i) {
      const auto field = "sectors[" + std::to_string(i) + "]";
      if (!ref.has_sector(codes[i])) {
        add(field, "不是 GB/T 4754-2017 中的行业代码", "not a GB/T 4754-2017 industry code");
      } else if (!seen.insert(codes[i]).second) {
        add(field, "重复", "duplicate");
      }
    }
  }
  void sdgs(const std::vector<int>& goals) {
    std::set<int> seen;
    for (std::size_t i = 0; i < goals.size(); ++i) {
      const auto field = "sdgs[" + std::to_string(i) + "]";
      if (goals[i] < 1 || goals[i] > 17) {
        add(field, "可持续发展目标编号应为 1 到 17", "an SDG is a number from 1 to 17");
      } else if (!seen.insert(goals[i]).second) {
        add(field, "重复", "duplicate");
      }
    }
  }
  std::vector<FieldError> take() { return std::move(errors_); }

 private:
  std::vector<FieldError> errors_;
};

}  // namespace icity::core
