#include "cli/clirunner.h"
#include "core/i18n/translations.h"
#include "core/io/privatefile.h"
#include "report/rulespdf.h"
#include "report/settlementpdf.h"
#include "report/statementpdf.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QFile>
#include <QTextStream>

#include <csignal>

namespace {
std::atomic<bool> g_cancel{false};
extern "C" void onInterrupt(int) { g_cancel = true; }
} // namespace

int main(int argc, char *argv[])
{
    pd::keepNewFilesPrivate(); // members' names and mobiles are in every file it writes
    // Only PDF output needs fonts, hence a (headless) QGuiApplication; everything else runs
    // on QCoreApplication and needs no display.
    bool pdf = false;
    for (int i = 1; i < argc; ++i)
        pdf = pdf || qstrcmp(argv[i], "--pdf") == 0 || qstrncmp(argv[i], "--pdf=", 6) == 0;
    if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(pdf ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("PointsDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PointsDesk"));
    pd::installTranslations(QLocale::system());
    // Ctrl-C finishes the current batch, so what was committed stays consistent.
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QFile stdoutFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly);
    QTextStream out(&stdoutFile);
    QTextStream err(stderr);
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    return pd::cli::run(QCoreApplication::arguments(), out, err, &in, &g_cancel, &pd::report::writeStatementsPdf, &pd::report::writeRulesPdf,
                         &pd::report::writeSettlementPdf);
}
