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
#include <QInputDialog>
#include <QLineEdit>

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
    auto location = pd::DatabaseLocation::parse(parser.value(dbOption));
    if (!location) {
        pd::ui::MessageBox::warning(nullptr, title, location.error().message);
        return 1;
    }
    // A password in the address shows in the list of running programs: it is not used; the
    // server's password comes from PGPASSWORD, ~/.pgpass, a service file, or is asked for.
    if (!location.value().password.isEmpty()) {
        location.value().password.clear();
        pd::ui::MessageBox::warning(nullptr, title,
                                    QApplication::translate("main", "The database address holds a password, which other users of this computer "
                                                            "can read in the list of running programs. PointsDesk does not use it: it asks for "
                                                            "the password, or reads it from PGPASSWORD, ~/.pgpass or a service file."));
    }
    auto db = pd::Database::open(location.value(), QStringLiteral("gui"));
    while (!db && location.value().engine == pd::Engine::PostgreSQL) {
        bool given = false;
        const QString password = QInputDialog::getText(
            nullptr, title,
            QApplication::translate("main", "%1\n%2\n\nPassword of %3 on the server (Cancel to quit):")
                .arg(db.error().message, db.error().detail, location.value().user),
            QLineEdit::Password, {}, &given);
        if (!given)
            return 1;
        location.value().password = password;
        db = pd::Database::open(location.value(), QStringLiteral("gui"));
    }
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
