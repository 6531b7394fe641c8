#pragma once

#include "core/access/session.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

namespace pd {

class Clock;
class Database;

// The life-cycle lists of DESIGN §10, each as of a business day D:
// - Expiring: members whose points reach their expiry moment after the start of D and at or
//   before the start of D + 30 (the last day they can be used is D … D + 29);
// - WinBack: active members with points left and no receipt in the 90 days D − 89 … D;
// - Potential: members with at least 3 receipts in D − 89 … D, and at least 1.5 times as many
//   as in the 90 days before (D − 179 … D − 90).
enum class MemberListKind { Expiring, WinBack, Potential };

QString memberListCode(MemberListKind kind); // expiring, winback, potential
std::optional<MemberListKind> memberListFromCode(const QString &code);
QString memberListName(MemberListKind kind);  // translated
// Marketing lists are exported with consenting members only.
inline bool isMarketingList(MemberListKind kind) { return kind != MemberListKind::Expiring; }

struct MemberListQuery
{
    MemberListKind kind = MemberListKind::Expiring;
    QDate asOf;
    std::optional<qint64> storeId; // the members' home store; all when empty
    QString tier;                  // a tier code; all when empty
    bool consentingOnly = false;   // only members who agreed to marketing messages
};

struct MemberListRow
{
    qint64 memberId = 0;
    QString cardNo, name, maskedMobile, storeCode, tier;
    bool marketingConsent = false;
    qint64 balance = 0;
    qint64 points = 0;      // Expiring: the points that expire; otherwise the balance
    QDate day;              // Expiring: the first last day; WinBack: the last receipt's day (invalid: none)
    qint64 recent = 0;      // receipts in the last 90 days (Potential)
    qint64 before = 0;      // receipts in the 90 days before those (Potential)
};

namespace insights {

// How many members a screen is given before the whole list is read.
constexpr qsizetype kFirstRows = 500;

// The whole list, most points first (Potential: most recent receipts first). Reading members
// needs MemberRead and ProgrammeFigures; mobiles come masked. `firstRows`, when given, is
// called once with the first kFirstRows members as soon as they are read (or with all of them,
// if fewer) — in the order of member ids, not yet sorted — so a screen can show them while the
// rest of a list of a million members is read.
Result<QList<MemberListRow>> memberList(Database &db, const Session &session, const MemberListQuery &query,
                                        const std::function<void(const QList<MemberListRow> &)> &firstRows = {});

// The CSV header and one row, as the export and the CLI write them.
QStringList memberListHeader();
QStringList memberListFields(const MemberListRow &row);

// Writes the list as CSV (marketing lists: consenting members only, whatever the query says)
// and records the export in the audit trail; returns the rows written.
Result<qint64> exportMemberList(Database &db, const Clock &clock, const Session &session, MemberListQuery query, QIODevice *out);

} // namespace insights
} // namespace pd
