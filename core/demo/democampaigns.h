#pragma once

#include "core/result.h"

namespace pd {

class Clock;
class Database;

// The demo's campaigns, so a newcomer sees each state (DESIGN §8, seeds): market-day double points
// at the first store on Wednesdays and Saturdays above ¥100 with a budget, and the Eye Care Day
// sale (lenses for 1,500 points instead of 2,000), both written by the demo's campaign manager and
// approved by its compliance officer; a first-purchase bonus waiting for approval; a daily check-in
// campaign (5 a day, +10 on day 3, +50 on day 7); a spring badge collection (5 visits, 3 green
// purchases, 2 scenarios, ¥500 of fuel, a 7-day streak) whose prize is the SPRINGBOX gift box.
// Added once, only where the demo logins exist.
// Returns how many were added.
Result<int> addDemoCampaigns(Database &db, const Clock &clock);

// A month of check-ins at the desk by members 11 to 18, once the members exist: the first of them
// comes every day, the others miss a day now and then. Nothing when there are check-ins already.
Status addDemoCheckins(Database &db, const Clock &clock);

// The programme rules as the demo's compliance officer publishes them: the two sections only
// compliance writes (who runs the programme; personal data and where to ask), saved as version 1
// and in force from today. Nothing when a version exists or the demo logins do not.
Status addDemoRules(Database &db, const Clock &clock);

} // namespace pd
