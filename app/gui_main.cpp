#include "core/clock.h"
#include "core/db/database.h"
#include "core/schema/migrator.h"
#include "core/db/walcheckpointer.h"
#include "core/i18n/translations.h"
#include "core/io/privatefile.h"
#include "ui/appcontroller.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/widgets/messagebox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    pd::keepNewFilesPrivate(); // members' names and mobiles are in every file it writes
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PointsDesk"));
    QApplication::setApplicationName(QStringLiteral("PointsDesk"));
    QApplication::setApplicationVersion(QStringLiteral(POINTSDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("pointsdesk")); // resources/pointsdesk.desktop
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/pointsdesk-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    pd::installTranslations(pd::ui::SettingsDialog::effectiveLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "PointsDesk, the back office of a consumer points programme."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"),
                                QApplication::translate("main", "SQLite file or postgresql://user@host:port/name."),
                                QStringLiteral("location"), pd::defaultDatabaseFile());
    parser.addOption(dbOption);
    parser.process(app);

    const QString title = QApplication::translate("main", "PointsDesk");
    auto db = pd::Database::open(parser.value(dbOption), QStringLiteral("gui"));
    if (!db) {
        pd::ui::MessageBox::warning(nullptr, title, db.error().message + QStringLiteral("\n\n") + db.error().detail);
        return 1;
    }
    if (const pd::DatabaseLocation &where = db.value()->location(); where.engine == pd::Engine::SQLite && pd::readableByOthers(where.filePath))
        pd::ui::MessageBox::warning(nullptr, title, pd::readableByOthersWarning(where.filePath));
    auto migrated = pd::Migrator(*db.value()).migrate();
    if (!migrated) {
        pd::ui::MessageBox::warning(nullptr, title, migrated.error().message + QStringLiteral("\n\n") + migrated.error().detail);
        return 1;
    }
    // the counter's commits never pay for a WAL checkpoint (walcheckpointer.h)
    auto checkpointer = pd::WalCheckpointer::start(*db.value());
    if (!checkpointer) {
        pd::ui::MessageBox::warning(nullptr, title, checkpointer.error().message + QStringLiteral("\n\n") + checkpointer.error().detail);
        return 1;
    }
    pd::SystemClock clock;
    pd::ui::AppController controller(*db.value(), clock);
    controller.start();
    return app.exec();
}
