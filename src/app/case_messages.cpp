#include "app/case_messages.hpp"

namespace icity::app {
namespace {

std::string number(const core::CaseView& v) {
  return core::case_number(v.value.id, v.value.created_at);
}

store::outbox::Message to_requester(const std::string& kind, const core::CaseView& v) {
  store::outbox::Message m;
  m.kind = kind;
  m.to_email = v.value.contact.email;
  m.to_name = v.value.contact.name;
  return m;
}

// The subject as the requester wrote it, or the service's name.
std::string about(const core::CaseView& v, const std::string& lang) {
  return v.value.subject.empty() ? v.service_name.in(lang) : v.value.subject;
}

}  // namespace

std::string case_link(core::Id id, const std::string& key) {
  return "/desk/cases/" + std::to_string(id) + "?key=" + key;
}

std::string staff_case_link(core::Id id) { return "/desk/cases/" + std::to_string(id); }

store::outbox::Message received_message(const core::CaseView& v, const std::string& link) {
  auto m = to_requester("case.received", v);
  const auto n = number(v);
  m.subject = {"已收到您的咨询 " + n + ":" + about(v, "zh"),
               "We received your request " + n + ": " + about(v, "en")};
  m.body = {"您好 " + v.value.contact.name + ",我们已收到您关于「" + v.service_name.in("zh") +
                "」的咨询,编号 " + n + "。请保存此链接,用于查看进度、补充材料和回复:" + link,
            "Dear " + v.value.contact.name + ", we received your request about \"" +
                v.service_name.in("en") + "\", number " + n +
                ". Keep this link to follow it, send more documents and reply: " + link};
  return m;
}

store::outbox::Message reply_message(const core::CaseView& v, const std::string& link) {
  auto m = to_requester("case.reply", v);
  const auto n = number(v);
  m.subject = {"关于 " + n + " 的回复", "A reply about " + n};
  m.body = {"中心工作人员回复了您的咨询 " + n + "。查看并回复:" + link,
            "The centre's staff replied to your request " + n + ". Read and answer: " + link};
  return m;
}

store::outbox::Message waiting_message(const core::CaseView& v, const std::string& link,
                                       const std::string& what) {
  auto m = to_requester("case.waiting", v);
  const auto n = number(v);
  const std::string said = what.empty() ? "" : "\n\n" + what;
  m.subject = {n + ":需要您的回复", n + ": we need your answer"};
  m.body = {"办理您的咨询 " + n + " 需要您补充信息或材料。请在此回复:" + link + said,
            "To go on with your request " + n +
                " we need more information or documents from you. "
                "Reply here: " +
                link + said};
  return m;
}

store::outbox::Message resolved_message(const core::CaseView& v, const std::string& link,
                                        int reopen_days) {
  auto m = to_requester("case.resolved", v);
  const auto n = number(v);
  const auto days = std::to_string(reopen_days);
  m.subject = {n + " 已办结", n + " is resolved"};
  m.body = {"您的咨询 " + n + " 已办结。如问题未解决," + days +
                " 天内可在此重新打开;也欢迎为我们的服务评分:" + link,
            "Your request " + n + " is resolved. If it is not, you can reopen it here within " +
                days + " days; and please rate our help: " + link};
  return m;
}

core::Notice new_case_notice(const core::CaseView& v) {
  const auto n = number(v);
  return {
      "case.new",
      {"新咨询 " + n + ":" + v.service_name.in("zh"),
       "New request " + n + ": " + v.service_name.in("en")},
      {v.value.contact.name + ":" + about(v, "zh"), v.value.contact.name + ": " + about(v, "en")}};
}

core::Notice assigned_notice(const core::CaseView& v) {
  const auto n = number(v);
  return {"case.assigned",
          {"分配给您:" + n, "Assigned to you: " + n},
          {v.service_name.in("zh") + " · " + about(v, "zh"),
           v.service_name.in("en") + " · " + about(v, "en")}};
}

core::Notice requester_reply_notice(const core::CaseView& v) {
  const auto n = number(v);
  return {"case.requester_reply",
          {n + " 有新回复", "New reply on " + n},
          {v.value.contact.name + " 回复了", v.value.contact.name + " replied"}};
}

}  // namespace icity::app
