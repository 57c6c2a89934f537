#include "core/project.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "core/enum_names.hpp"
#include "core/field_checker.hpp"
#include "core/validation.hpp"

namespace icity::core {
namespace {

using S = ProjectStage;

constexpr std::array<std::string_view, 6> kStages = {
    "reserve", "negotiating", "agreement_signed", "implementing", "completed", "dropped"};
constexpr std::array<std::string_view, 6> kRoles = {"lead", "partner", "investor",
                                                    "host", "funder",  "advisor"};
constexpr std::size_t kMaxTitle = 300;
constexpr std::size_t kMaxSummary = 10000;
constexpr std::size_t kMaxShort = 200;
constexpr std::size_t kMaxNote = 4000;
constexpr std::size_t kMaxParties = 50;

struct Edge {
  S from;
  S to;
};

// The pipeline, written once: every legal move.
constexpr std::array<Edge, 10> kEdges = {{
    {S::kReserve, S::kNegotiating},
    {S::kNegotiating, S::kAgreementSigned},
    {S::kAgreementSigned, S::kImplementing},
    {S::kImplementing, S::kCompleted},
    {S::kNegotiating, S::kReserve},  // talks paused
    {S::kReserve, S::kDropped},
    {S::kNegotiating, S::kDropped},
    {S::kAgreementSigned, S::kDropped},
    {S::kImplementing, S::kDropped},
    {S::kDropped, S::kReserve},  // revived
}};

StageMoveCheck refused(std::string zh, std::string en) {
  return {false, {std::move(zh), std::move(en)}};
}

StageMoveCheck why_illegal(S from, S to) {
  if (from == to) return refused("已经处于这个阶段", "it is already at that stage");
  if (from == S::kCompleted) {
    return refused("项目已完成,不能再改变阶段", "the project is completed: its stage is final");
  }
  if (from == S::kDropped) {
    return refused("已放弃的项目只能重新列入储备",
                   "a dropped project can only be revived to reserve");
  }
  if (static_cast<int>(to) > static_cast<int>(from)) {
    return refused("不能跳过阶段:每次只能进入下一个阶段",
                   "no stage may be skipped: a project moves to the next stage only");
  }
  return refused("项目不能退回之前的阶段(只有洽谈中的项目可以暂停洽谈、退回储备)",
                 "a project does not go back a stage (only one under negotiation goes back to "
                 "reserve, when the talks pause)");
}

}  // namespace

std::string_view to_string(ProjectStage v) { return kStages[static_cast<std::size_t>(v)]; }
std::string_view to_string(PartyRole v) { return kRoles[static_cast<std::size_t>(v)]; }
std::optional<ProjectStage> parse_project_stage(std::string_view s) {
  return parse_in<ProjectStage>(kStages, s);
}
std::optional<PartyRole> parse_party_role(std::string_view s) {
  return parse_in<PartyRole>(kRoles, s);
}
std::span<const std::string_view> project_stage_names() { return kStages; }
std::span<const std::string_view> party_role_names() { return kRoles; }

StageMoveCheck can_move(ProjectStage from, ProjectStage to) {
  const bool legal = std::any_of(kEdges.begin(), kEdges.end(),
                                 [&](const Edge& e) { return e.from == from && e.to == to; });
  if (legal) return {};
  return why_illegal(from, to);
}

std::vector<ProjectStage> next_stages(ProjectStage from) {
  std::vector<ProjectStage> out;
  for (std::size_t i = 0; i < kStages.size(); ++i) {
    const auto to = static_cast<S>(i);
    if (can_move(from, to)) out.push_back(to);
  }
  return out;
}

bool is_open(ProjectStage stage) { return stage != S::kCompleted && stage != S::kDropped; }

std::vector<FieldError> validate_stage_move(ProjectStage to, const LocalizedText& note,
                                            const LocalizedText& reason) {
  FieldChecker c;
  c.text("note", note, kMaxNote, false);
  c.text("reason", reason, kMaxNote, false);
  if (to == S::kDropped && reason.empty()) {
    c.add("reason", "必填:放弃项目的原因(中文或英文)",
          "required: why the project is dropped (in Chinese or English or both)");
  }
  if (to != S::kDropped && !reason.empty()) {
    c.add("reason", "只在放弃项目时填写;其他情况请用 note",
          "only when dropping a project; use note otherwise");
  }
  return c.take();
}

std::vector<FieldError> validate(const Project& p, const ReferenceCatalogue& ref) {
  FieldChecker c;
  c.text("title", p.title, kMaxTitle, true);
  c.text("summary", p.summary, kMaxSummary, false);
  c.text("district", p.district, kMaxShort, false);
  c.text("next_action", p.next_action, kMaxNote, false);
  c.sectors(p.sectors, ref);
  c.sdgs(p.sdgs);
  if (p.parties.size() > kMaxParties) {
    c.add("parties", "参与方过多(最多 50 个)", "too many parties (at most 50)");
  }
  std::set<Id> seen;
  for (std::size_t i = 0; i < p.parties.size(); ++i) {
    const auto field = "parties[" + std::to_string(i) + "].organisation_id";
    const Id org = p.parties[i].organisation_id;
    if (org <= 0) {
      c.add(field, "必填:参与机构的编号", "required: the organisation's id");
    } else if (!seen.insert(org).second) {
      c.add(field, "同一机构只能列一次(一个角色)", "an organisation is listed once (one role)");
    }
  }
  if (p.estimated_value_cny && *p.estimated_value_cny < 0) {
    c.add("estimated_value_cny", "预计金额(元)不能为负数",
          "the estimated value (yuan) cannot be negative");
  }
  if (!p.next_action_due.empty() && !is_valid_date(p.next_action_due)) {
    c.add("next_action_due", "日期格式应为 YYYY-MM-DD", "a date is written YYYY-MM-DD");
  }
  if (!p.next_action_due.empty() && p.next_action.empty()) {
    c.add("next_action", "有截止日期时请写明下一步行动",
          "say what the next action is when it has a due date");
  }
  return c.take();
}

LocalizedText stage_label(ProjectStage stage) {
  switch (stage) {
    case ProjectStage::kReserve:
      return {"储备", "reserve"};
    case ProjectStage::kNegotiating:
      return {"洽谈中", "negotiating"};
    case ProjectStage::kAgreementSigned:
      return {"已签约", "agreement signed"};
    case ProjectStage::kImplementing:
      return {"实施中", "implementing"};
    case ProjectStage::kCompleted:
      return {"已完成", "completed"};
    case ProjectStage::kDropped:
      return {"已终止", "dropped"};
  }
  return {};
}

Notice stage_notice(const Project& project, ProjectStage from, const LocalizedText& note) {
  const auto was = stage_label(from), is = stage_label(project.stage);
  Notice n;
  n.kind = "project.stage";
  n.title = {"项目进入“" + is.zh + "”:" + project.title.in("zh"),
             "Project now " + is.en + ": " + project.title.in("en")};
  n.body = {"从“" + was.zh + "”到“" + is.zh + "”" + (note.empty() ? "" : "。" + note.in("zh")),
            "From " + was.en + " to " + is.en + (note.empty() ? "" : ". " + note.in("en"))};
  return n;
}

Notice owner_notice(const Project& project) {
  Notice n;
  n.kind = "project.owner";
  n.title = {"您负责的项目:" + project.title.in("zh"),
             "A project for you to lead: " + project.title.in("en")};
  n.body = {"阶段:" + stage_label(project.stage).zh, "Stage: " + stage_label(project.stage).en};
  return n;
}

}  // namespace icity::core
