#include "entrykind.h"

#include <QCoreApplication>

namespace pd {

namespace {

struct KindRow
{
    EntryKind kind;
    const char *stored;
    const char *name;
    DailyCount daily;
};

constexpr KindRow kKinds[] = {
    {EntryKind::Earn, "earn", QT_TRANSLATE_NOOP("pd::Ledger", "Earned"), DailyCount::IssuedAndUsed},
    {EntryKind::Green, "green", QT_TRANSLATE_NOOP("pd::Ledger", "Green points"), DailyCount::IssuedAndUsed},
    {EntryKind::Bonus, "bonus", QT_TRANSLATE_NOOP("pd::Ledger", "Bonus"), DailyCount::IssuedAndUsed},
    {EntryKind::Checkin, "checkin", QT_TRANSLATE_NOOP("pd::Ledger", "Check-in"), DailyCount::IssuedAndUsed},
    {EntryKind::Badge, "badge", QT_TRANSLATE_NOOP("pd::Ledger", "Badge"), DailyCount::IssuedAndUsed},
    {EntryKind::Welcome, "welcome", QT_TRANSLATE_NOOP("pd::Ledger", "Welcome points"), DailyCount::IssuedAndUsed},
    {EntryKind::Redeem, "redeem", QT_TRANSLATE_NOOP("pd::Ledger", "Redeemed"), DailyCount::IssuedAndUsed},
    {EntryKind::Deduct, "deduct", QT_TRANSLATE_NOOP("pd::Ledger", "Paid with points"), DailyCount::IssuedAndUsed},
    {EntryKind::Refund, "refund", QT_TRANSLATE_NOOP("pd::Ledger", "Refunded"), DailyCount::Refund},
    {EntryKind::Clawback, "clawback", QT_TRANSLATE_NOOP("pd::Ledger", "Taken back (return)"), DailyCount::ClawedBack},
    {EntryKind::Adjust, "adjust", QT_TRANSLATE_NOOP("pd::Ledger", "Adjustment"), DailyCount::Adjusted},
    {EntryKind::Expire, "expire", QT_TRANSLATE_NOOP("pd::Ledger", "Expired"), DailyCount::Expired},
    {EntryKind::Donate, "donate", QT_TRANSLATE_NOOP("pd::Ledger", "Donated"), DailyCount::IssuedAndUsed},
};

const KindRow *rowOf(EntryKind kind)
{
    for (const KindRow &r : kKinds) {
        if (r.kind == kind)
            return &r;
    }
    return nullptr;
}

const KindRow *rowOf(QStringView stored)
{
    for (const KindRow &r : kKinds) {
        if (stored == QLatin1String(r.stored))
            return &r;
    }
    return nullptr;
}

} // namespace

QString storedName(EntryKind kind) { return QLatin1String(rowOf(kind)->stored); }

std::optional<EntryKind> entryKindFromStored(QStringView stored)
{
    const KindRow *r = rowOf(stored);
    return r ? std::optional<EntryKind>(r->kind) : std::nullopt;
}

QString entryKindName(EntryKind kind) { return QCoreApplication::translate("pd::Ledger", rowOf(kind)->name); }

QString entryKindName(const QString &stored)
{
    const KindRow *r = rowOf(QStringView(stored));
    return r ? QCoreApplication::translate("pd::Ledger", r->name) : stored;
}

DailyCount dailyCount(const QString &stored)
{
    const KindRow *r = rowOf(QStringView(stored));
    return r ? r->daily : DailyCount::IssuedAndUsed;
}

} // namespace pd
