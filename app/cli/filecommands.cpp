// CSV files in and out: import (rejected rows by line) and export (members, ledger, catalog).
#include "clicontext.h"

#include "core/io/catalogexport.h"
#include "core/io/csvwriter.h"
#include "core/io/importers.h"
#include "core/io/ledgerexport.h"
#include "core/io/memberexport.h"
#include "core/io/privatefile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace pd::cli {

int runImport(Context &c, const QStringList &arguments)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("batch"), QString(), QStringLiteral("rows"), QStringLiteral("1000")});
    p.addOption(QCommandLineOption(QStringLiteral("verbose")));
    p.addOption({QStringLiteral("encoding"), QString(), QStringLiteral("name"), QStringLiteral("auto")});
    const QStringList args = p.parse(QStringList{QStringLiteral("import")} + arguments) ? p.positionalArguments() : QStringList();
    bool batchOk = false;
    const int batch = p.value(QStringLiteral("batch")).toInt(&batchOk);
    if (args.size() != 2 || !importKindFromCode(args.at(0)) || !batchOk || batch < 1 || batch > 100000)
        return c.usage(QStringLiteral("pointsdesk-cli import stores|members|receipts|returns|catalog|checkins FILE.csv [--batch ROWS] [--verbose] "
                                      "[--encoding auto|utf-8|gb18030]"));
    const auto encoding = textEncodingFromName(p.value(QStringLiteral("encoding")));
    if (!encoding)
        return c.fail(encoding.error());
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return c.fail(makeError(ErrorCode::Io, QCoreApplication::translate("pd::cli", "The file %1 cannot be read: %2").arg(args.at(1), file.errorString())));
    ImportOptions options;
    options.encoding = encoding.value();
    options.cancel = c.cancel;
    options.batchSize = batch;
    qint64 lastShown = 0;
    const bool verbose = p.isSet(QStringLiteral("verbose"));
    options.progress = [&](qint64 rows) {
        // --verbose: a line after every committed batch (the crash test trusts exactly these)
        if (verbose)
            c.err << QCoreApplication::translate("pd::cli", "committed: %1 rows").arg(rows) << Qt::endl;
        else if (rows - lastShown >= 100000)
            c.err << QCoreApplication::translate("pd::cli", "%1 rows read").arg(rows) << Qt::endl;
        if (rows - lastShown >= 100000)
            lastShown = rows;
    };
    auto report = Importers(*c.db, c.clock).import(*importKindFromCode(args.at(0)), c.session, &file, args.at(1), options);
    if (!report)
    {
        Error e = report.error();
        e.message = args.at(1) + QStringLiteral(": ") + e.message;
        return c.fail(e);
    }
    for (const RejectedRow &row : report->rejected) {
        c.err << args.at(1) << QLatin1Char(':') << row.line << QStringLiteral(": ")
              << (row.field.isEmpty() ? QString() : row.field + QStringLiteral(": ")) << row.reason << Qt::endl;
    }
    // only the catalog updates records; the other imports keep their familiar line
    c.out << (report->updated > 0 ? QCoreApplication::translate("pd::cli", "%1: %2 added, %3 updated, %4 already present, %5 rejected%6")
                                        .arg(args.at(1))
                                        .arg(report->added)
                                        .arg(report->updated)
                                  : QCoreApplication::translate("pd::cli", "%1: %2 added, %3 already present, %4 rejected%5")
                                        .arg(args.at(1))
                                        .arg(report->added))
                 .arg(report->unchanged)
                 .arg(report->rejected.size())
                 .arg(report->cancelled ? QCoreApplication::translate("pd::cli", " (cancelled; run again to continue)") : QString())
          << Qt::endl;
    if (report->cancelled)
        return kFailed;
    return report->rejected.isEmpty() ? kOk : kRejectedRows;
}

int runExport(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("file")});
    p.addOption(QCommandLineOption(QStringLiteral("bom")));
    p.addOption(QCommandLineOption(QStringLiteral("no-bom")));
    const QStringList what = p.parse(QStringList{QStringLiteral("export")} + args) ? p.positionalArguments() : QStringList();
    static const QStringList kinds = {QStringLiteral("members"), QStringLiteral("ledger"), QStringLiteral("catalog")};
    if (what.size() != 1 || !kinds.contains(what.constFirst()) || (p.isSet(QStringLiteral("bom")) && p.isSet(QStringLiteral("no-bom"))))
        return c.usage(QStringLiteral("pointsdesk-cli export members|ledger|catalog [--out FILE [--no-bom]] [--bom]"));
    QFile file;
    QIODevice *target = c.dataOut();
    if (p.isSet(QStringLiteral("out"))) {
        file.setFileName(p.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return c.fail(makeError(ErrorCode::Io, QCoreApplication::translate("pd::cli", "The file %1 cannot be written: %2").arg(file.fileName(), file.errorString())));
        target = &file;
    }
    // a file is opened in a spreadsheet, standard output read by a program
    const bool bom = p.isSet(QStringLiteral("out")) ? !p.isSet(QStringLiteral("no-bom")) : p.isSet(QStringLiteral("bom"));
    if (bom && target->write(csv::kUtf8Bom) < 0)
        return c.fail(makeError(ErrorCode::Io, QCoreApplication::translate("pd::cli", "The file %1 cannot be written: %2").arg(file.fileName(), file.errorString())));
    const QString &kind = what.constFirst();
    auto count = kind == QLatin1String("members") ? exportMembersCsv(*c.db, c.clock, c.session, target)
                 : kind == QLatin1String("ledger") ? exportLedgerCsv(*c.db, c.clock, c.session, target)
                                                   : exportCatalogCsv(*c.db, c.clock, c.session, target);
    if (!count)
        return c.fail(count.error());
    c.err << (kind == QLatin1String("members")  ? QCoreApplication::translate("pd::cli", "%1 members exported.")
              : kind == QLatin1String("ledger") ? QCoreApplication::translate("pd::cli", "%1 ledger entries exported.")
                                                : QCoreApplication::translate("pd::cli", "%1 catalog items exported."))
                 .arg(count.value())
          << Qt::endl;
    return kOk;
}

} // namespace pd::cli
