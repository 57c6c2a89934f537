// Which kind of opportunity may be proposed to which: the one table the index
// filters candidates by (MatchIndex::top with the default Filter).
//
//   seeker                  may be offered
//   business_offer       ↔  business_request
//   technology_offer     ↔  technology_request
//   investment_offer     ↔  investment_request
//   research_cooperation ↔  research_cooperation
//   organisation         ↔  every offer and request above, and research_cooperation
//                           (an organisation could answer a request or take up an offer)
//   delegation_interest  →  organisation, business_offer, technology_offer,
//                           investment_offer (who a delegation could visit)
//
// "↔" holds both ways. "→" is one way: nothing is proposed *to* a delegation's
// interest (staff plan its programme from the other side), and one organisation
// is not proposed to another by default — pass Filter::sides for that.
//
//   complements(Side::kTechnologyRequest, Side::kTechnologyOffer)  // true
//   complements(Side::kTechnologyRequest, Side::kBusinessOffer)    // false
#pragma once

#include <vector>

#include "match/profile.hpp"

namespace icity::match {

bool complements(Side seeker, Side candidate);
// The sides complements(seeker, ·) accepts, in declaration order.
std::vector<Side> complements_of(Side seeker);

}  // namespace icity::match
