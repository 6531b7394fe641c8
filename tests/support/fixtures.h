#pragma once

#include <QMap>

#include "core/access/session.h"
#include "core/members/member.h"
#include "core/stores/storeservice.h"

#include <QBuffer>

namespace pd::test {

// A session for a role without a stored user: enough for permission checks and audit. A
// cashier works at NY01, the programme's first store (as the demo's cashier does).
inline Session sessionFor(Role role, qint64 userId = 0)
{
    Session s;
    s.role = role;
    s.userId = userId ? userId : 100 + int(role);
    s.username = roleCode(role);
    if (role == Role::Cashier)
        s.storeCode = QStringLiteral("NY01");
    return s;
}

inline MemberInput memberInput(const QString &card, const QString &name, const QString &mobile,
                               const QString &store = QStringLiteral("NY01"))
{
    MemberInput in;
    in.cardNo = card;
    in.name = name;
    in.mobile = mobile;
    in.joinedOn = QDate(2026, 1, 15);
    in.storeCode = store;
    return in;
}

inline Store store(const QString &code, const QString &name, const QString &city = QStringLiteral("南阳"))
{
    Store s;
    s.code = code;
    s.name = name;
    s.city = city;
    return s;
}

// What `pointsdesk-cli verify` would report after a test wrote: the audit trail's chain, the
// ledger's chain, its invariants and the daily totals. Empty when everything holds.
QString verifyProblems(class Database &db);

// Checks verifyProblems() when a test function ends (fixtures hold one), unless the
// function failed already or damaged the data on purpose (a tamper test says so).
class VerifiedAtEnd
{
public:
    explicit VerifiedAtEnd(class Database *db) : m_db(db) {}
    ~VerifiedAtEnd();
    VerifiedAtEnd(const VerifiedAtEnd &) = delete;
    VerifiedAtEnd &operator=(const VerifiedAtEnd &) = delete;
    void damagedOnPurpose() { m_damaged = true; }

private:
    class Database *m_db;
    bool m_damaged = false;
};

// Every row of every table, as text, each table's rows sorted: a refused call must leave this
// unchanged, not only the number of audit records.
QMap<QString, QStringList> everyRow(class Database &db);

// Counts rows of a table through the given database (test-side checking only).
qint64 countRows(class Database &db, const QString &table, const QString &where = {});

// A stored login (the demo's "campaign", "compliance" …) as the acting person: its id and role.
Session demoLogin(class Database &db, const QString &username);
// Campaigns from the interchange JSON, drafted and submitted by the demo's campaign manager and
// approved by its compliance officer, as people do it.
Status approveCampaigns(class Database &db, const class Clock &clock, const QByteArray &json);

// A QBuffer over UTF-8 text, for importers.
struct TextInput
{
    explicit TextInput(const QByteArray &bytes) : data(bytes), buffer(&data) { buffer.open(QIODevice::ReadOnly); }
    QByteArray data;
    QBuffer buffer;
};

// The pages of a PDF written by Qt (each page object once, whichever line end follows it).
inline qsizetype pdfPageCount(const QByteArray &pdf)
{
    return pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r");
}

} // namespace pd::test
