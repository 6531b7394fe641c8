#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace pd {

// What a ledger entry is (DESIGN §5). The one place that knows a kind's stored name, its name
// for people and how the daily figures count it; campaigns add bonus, welcome, check-in and
// badge entries here.
enum class EntryKind { Earn, Green, Bonus, Checkin, Badge, Welcome, Redeem, Deduct, Refund, Clawback, Adjust, Expire, Donate };

// How a day's totals of a kind enter the daily figures (dailypoints::figures).
enum class DailyCount {
    IssuedAndUsed, // points given count as issued, points taken as used
    Expired,       // the points taken expired
    ClawedBack,    // the points taken were clawed back by a return
    Refund,        // points given back lower the day's use
    Adjusted,      // given: issued; taken: adjusted down
};

QString storedName(EntryKind kind);                            // "earn"
std::optional<EntryKind> entryKindFromStored(QStringView stored);
QString entryKindName(EntryKind kind);                         // translated: "Earned"
QString entryKindName(const QString &stored);                  // of a row read back; unknown: as stored
DailyCount dailyCount(const QString &stored);                  // unknown kinds: IssuedAndUsed

} // namespace pd
