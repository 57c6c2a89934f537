// Builds the object graph of one icity node: database, reference data and one
// service per capability. "Only components know about components": services
// get what they need in their constructors; nothing else reads the config.
#pragma once

#include <memory>
#include <string>

#include "app/attendance_service.hpp"
#include "app/auth_service.hpp"
#include "app/calendar_service.hpp"
#include "app/case_service.hpp"
#include "app/change_follower.hpp"
#include "app/delegation_service.hpp"
#include "app/duplicate_service.hpp"
#include "app/event_service.hpp"
#include "app/interaction_service.hpp"
#include "app/introduction_service.hpp"
#include "app/itinerary_service.hpp"
#include "app/knowledge.hpp"
#include "app/kpi_service.hpp"
#include "app/match_service.hpp"
#include "app/meeting_service.hpp"
#include "app/notification_service.hpp"
#include "app/opportunity_service.hpp"
#include "app/organisation_service.hpp"
#include "app/person_service.hpp"
#include "app/reference_data.hpp"
#include "app/registration_service.hpp"
#include "app/report_service.hpp"
#include "app/search_service.hpp"
#include "app/service_catalogue.hpp"
#include "app/solution_service.hpp"
// Cooperation projects and agreements (issue 6, items 4 and 5).
#include "app/agreement_service.hpp"
#include "app/project_service.hpp"
#include "app/view_cache.hpp"
#include "core/embedded_file.hpp"
#include "core/error.hpp"
#include "store/database.hpp"
#include "text/sdg_tagger.hpp"

namespace icity::app {

namespace name_files {
const std::vector<core::EmbeddedFile>& files();  // data/names/name_words.tsv
}

struct AppConfig {
  std::string db_url;         // sqlite:PATH or postgresql://...
  std::string data_dir;       // indexes and files live here; empty: none (CLI commands)
  std::size_t pool_size = 0;  // 0: cores + 2
  HashCost hash_cost = HashCost::kInteractive;
  // Days before an agreement's expiry that staff are reminded to renew it, when the
  // agreement gives none.
  int agreement_notice_days = 60;
};

class App {
 public:
  // Opens the database and applies pending migrations.
  static core::Result<std::unique_ptr<App>> open(const AppConfig& config);

  store::Database& db() { return *db_; }
  const ReferenceData& reference() const { return knowledge_.reference; }
  AuthService& auth() { return auth_; }
  OrganisationService& organisations() { return organisations_; }
  PersonService& people() { return people_; }
  InteractionService& interactions() { return interactions_; }
  ReportService& reports() { return reports_; }
  SearchService& search() { return search_; }
  DuplicateService& duplicates() { return duplicates_; }
  SolutionService& solutions() { return solutions_; }
  OpportunityService& opportunities() { return opportunities_; }
  DelegationService& delegations() { return delegations_; }
  MatchService& matches() { return matches_; }
  IntroductionService& introductions() { return introductions_; }
  NotificationService& notifications() { return notifications_; }
  EventService& events() { return events_; }
  RegistrationService& registrations() { return registrations_; }
  AttendanceService& attendance() { return attendance_; }
  CalendarService& calendars() { return calendars_; }
  MeetingService& meetings() { return meetings_; }
  ItineraryService& itineraries() { return itineraries_; }
  ServiceCatalogue& catalogue() { return catalogue_; }
  CaseService& cases() { return cases_; }
  KpiService& kpis() { return kpis_; }
  ProjectService& projects() { return projects_; }
  AgreementService& agreements() { return agreements_; }
  const text::Thesaurus& thesaurus() const { return knowledge_.thesaurus; }
  const text::SdgTagger& sdg_tagger() const { return knowledge_.sdg_tagger; }
  const AppConfig& config() const { return config_; }
  // Starts following the change log: the search index catches up and stays
  // in step; what other nodes write invalidates cached views; organisations
  // are filed for duplicate detection and profiled for matching in the
  // background; opportunities past their deadline are stored expired, hourly
  // (serve, tests).
  void follow_changes();

 private:
  App(AppConfig config, std::unique_ptr<store::Database> db);
  AppConfig config_;
  std::unique_ptr<store::Database> db_;
  const Knowledge& knowledge_;
  std::unique_ptr<search::Index> index_;  // under <data_dir>/search; null without a data dir
  ViewCache views_;
  ChangeFollower follower_;
  AuthService auth_;
  OrganisationService organisations_;
  PersonService people_;
  InteractionService interactions_;
  ReportService reports_;
  DuplicateService duplicates_;
  SolutionService solutions_;
  OpportunityService opportunities_;
  DelegationService delegations_;
  MatchService matches_;
  IntroductionService introductions_;
  NotificationService notifications_;
  SigningKey signing_key_;
  EventService events_;
  RegistrationService registrations_;
  AttendanceService attendance_;
  CalendarService calendars_;
  MeetingService meetings_;
  ItineraryService itineraries_;
  ServiceCatalogue catalogue_;
  CaseService cases_;
  KpiService kpis_;
  ProjectService projects_;
  AgreementService agreements_;
  SearchService search_;  // last: its follower thread stops first
};

// The system itself as an actor: for migrations, the demo world and the CLI.
Context system_context(const std::string& what);

}  // namespace icity::app
