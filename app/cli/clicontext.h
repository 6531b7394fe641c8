#pragma once

#include "clirunner.h"

#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace pd::cli {

// Exit codes (clirunner.h).
constexpr int kOk = 0, kFailed = 1, kUsage = 2, kRejectedRows = 3, kFindingErrors = 4;

// What every verb works with: the streams, the database and the CLI's system operator.

inline QString osUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("LOGNAME") : user;
}

struct Context
{
    QTextStream &out;
    QTextStream &err;
    QIODevice *in;
    const std::atomic<bool> *cancel;
    SystemClock clock;
    std::unique_ptr<Database> db;
    Session session = Session::system(osUser());
    StatementPdfWriter writeStatementPdf;
    RulesPdfWriter writeRulesPdf;
    SettlementPdfWriter writeSettlementPdf;
    QString loginPassword; // --user's password: passwd is given the current one this way
    bool allowUrlPassword = false; // --allow-url-password: a password inside the PostgreSQL address

    int fail(const Error &e)
    {
        err << QCoreApplication::translate("pd::cli", "error: %1").arg(e.describe()) << Qt::endl;
        return kFailed;
    }
    // CSV data goes to the same device as the result lines, after them
    QIODevice *dataOut()
    {
        out.flush();
        return out.device();
    }
    int usage(const QString &text)
    {
        err << QCoreApplication::translate("pd::cli", "usage: %1").arg(text) << Qt::endl;
        return kUsage;
    }
};

// Verbs of the redemption catalog (catalogcommands.cpp).
int runRedeem(Context &c, const QStringList &args);
int runCancelRedemption(Context &c, const QStringList &args);
// Campaigns (campaigncommands.cpp).
int runCampaign(Context &c, const QStringList &args);
// Check-ins (checkincommands.cpp).
int runCheckin(Context &c, const QStringList &args);
int runCollectPrize(Context &c, const QStringList &args);
int runBadges(Context &c, const QStringList &args);
// Personal data (membercommands.cpp).
int runMember(Context &c, const QStringList &args);
// Compliance checks (compliancecommands.cpp).
int runChecks(Context &c, const QStringList &args);
int runReminders(Context &c, const QStringList &args);
// The programme's figures (reportcommands.cpp).
int runReport(Context &c, const QStringList &args);
// The programme rules (disclosurecommands.cpp).
int runDisclosure(Context &c, const QStringList &args);
// Backups (backupcommands.cpp). A restore opens no database: it replaces the one at `location`.
int runBackup(Context &c, const QStringList &args);
int runRestore(Context &c, const QString &location, const QStringList &args);
// CSV files in and out (filecommands.cpp).
int runImport(Context &c, const QStringList &args);
int runExport(Context &c, const QStringList &args);
// Earning scenarios and partner merchants (scenariocommands.cpp).
int runScenario(Context &c, const QStringList &args);
// Staff accounts (usercommands.cpp).
int runUser(Context &c, const QStringList &args);
int runPasswd(Context &c, const QStringList &args);

} // namespace pd::cli
