// Mainland China's public holidays and adjusted working days (调休上班日),
// 2023–2026, from the State Council General Office's annual notices
// (data/holidays/cn.json, compiled into the binary), as a business calendar
// for the service desk's due dates.
//
//   const auto& cn = app::china_holiday_calendar();
//   core::Instant due = cn.calendar.add_business_minutes(created, 16 * 60);
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/business_calendar.hpp"
#include "core/embedded_file.hpp"
#include "core/localized_text.hpp"

namespace icity::app {

namespace holiday_files {
const std::vector<core::EmbeddedFile>& files();
}

// A holiday as the notice gives it: its days off, from and to inclusive
// ("YYYY-MM-DD"; New Year 2023 starts on 2022-12-31).
struct Holiday {
  std::string from, to;
  core::LocalizedText name;
};

struct HolidayCalendar {
  core::BusinessCalendar calendar;  // every day of every holiday, every adjusted working day
  std::map<int, std::vector<Holiday>> holidays_by_year;  // by the notice's year, in date order
  std::map<int, std::vector<std::string>> working_days_by_year;
  std::string source;  // the notices cited
};

// The calendar of cn.json, parsed on first use; thread-safe. Throws
// std::logic_error if the embedded file is malformed (a build defect).
const HolidayCalendar& china_holiday_calendar();

}  // namespace icity::app
