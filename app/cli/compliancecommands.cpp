#include "clicontext.h"

#include "core/compliance/compliancechecks.h"
#include "core/io/csvwriter.h"
#include "core/io/reminderexport.h"
#include "core/io/timeparse.h"
#include "core/jobs/batchjobs.h"

#include <QCommandLineParser>
#include <QIODevice>

namespace pd::cli {

// The compliance checks (DESIGN §9, §12) as CSV on stdout: severity,code,subject,message,fix.
// Exit 0 when none is an error, so a scheduler can alert on the exit code alone.
int runChecks(Context &c, const QStringList &args)
{
    if (!args.isEmpty())
        return c.usage(QStringLiteral("pointsdesk-cli checks"));
    auto findings = ComplianceChecks(*c.db, c.clock).run(c.session);
    if (!findings)
        return c.fail(findings.error());
    QIODevice *out = c.dataOut();
    out->write(csv::line({QStringLiteral("severity"), QStringLiteral("code"), QStringLiteral("subject"), QStringLiteral("message"),
                          QStringLiteral("fix")}));
    for (const Finding &f : findings.value())
        out->write(csv::line({findingSeverityCode(f.severity), f.code, f.subject, f.message, f.fix}));
    const qsizetype errors = errorCount(findings.value());
    c.err << QCoreApplication::translate("pd::cli", "%1 findings, %2 of them errors.").arg(findings->size()).arg(errors) << Qt::endl;
    return errors ? kFindingErrors : kOk;
}

// The expiry reminders of a day (DESIGN §9, §12): records who is reminded and, with --out,
// writes the SMS gateway's file (mobiles inside: 0600) of every member reminded by SMS that day.
int runReminders(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("as-of"), QString(), QStringLiteral("date")});
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("file")});
    if (!p.parse(QStringList{QStringLiteral("reminders")} + args) || !p.positionalArguments().isEmpty() || !p.isSet(QStringLiteral("as-of")))
        return c.usage(QStringLiteral("pointsdesk-cli reminders --as-of YYYY-MM-DD [--out FILE]"));
    auto date = parseIsoDate(p.value(QStringLiteral("as-of")), QStringLiteral("as-of"));
    if (!date)
        return c.fail(date.error());
    BatchOptions options;
    options.cancel = c.cancel;
    auto report = BatchJobs(*c.db, c.clock).remindExpiry(c.session, date.value(), options);
    if (!report)
        return c.fail(report.error());
    c.out << QCoreApplication::translate("pd::cli", "Reminders as of %1: %2 members newly reminded, %3 of them by SMS; the others "
                                                    "gave no consent or have no mobile.")
                 .arg(date->toString(Qt::ISODate))
                 .arg(report->members)
                 .arg(report->messages)
          << Qt::endl;
    if (report->cancelled)
        return kFailed;
    if (p.isSet(QStringLiteral("out"))) {
        auto rows = writeReminderSmsFile(*c.db, c.clock, c.session, date.value(), p.value(QStringLiteral("out")));
        if (!rows)
            return c.fail(rows.error());
        c.out << QCoreApplication::translate("pd::cli", "%1 messages of %2 written to %3.")
                     .arg(rows.value())
                     .arg(date->toString(Qt::ISODate), p.value(QStringLiteral("out")))
              << Qt::endl;
    }
    return kOk;
}

} // namespace pd::cli
