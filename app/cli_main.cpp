#include "cli/clirunner.h"
#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <csignal>

namespace {
std::atomic<bool> g_cancel{false};
extern "C" void onInterrupt(int) { g_cancel = true; }
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PointsDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PointsDesk"));
    pd::installTranslations(QLocale::system());
    // Ctrl-C finishes the current batch, so what was committed stays consistent.
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    return pd::cli::run(QCoreApplication::arguments(), out, err, &in, &g_cancel);
}
