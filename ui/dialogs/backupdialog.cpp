#include "backupdialog.h"

#include "core/clock.h"
#include "core/db/database.h"
#include "core/schema/backup.h"
#include "ui/widgets/filechooser.h"
#include "ui/widgets/ownconnectionthread.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace pd::ui {

BackupDialog::BackupDialog(const AppContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Backups"));
    const DatabaseLocation &where = context.db.location();
    const bool sqlite = where.engine == Engine::SQLite;
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (sqlite)
        intro->setText(tr("A backup is a copy of the whole programme — members, points, receipts, the audit trail — written while the "
                          "desks keep working; it holds everything committed when it began. Keep copies away from this computer "
                          "(they hold members' names and mobiles: only you can read them).\n\n"
                          "To restore one, close every desk and run:\n    pointsdesk-cli --db %1 restore BACKUP\n"
                          "It checks the copy first and keeps the database it replaces. A daily backup for a scheduler:\n"
                          "    pointsdesk-cli --db %1 backup --dir FOLDER --keep 14")
                           .arg(QDir::toNativeSeparators(where.filePath)));
    else
        intro->setText(tr("This programme lives on a PostgreSQL server, which backs it up with its own tools while the desks work:\n"
                          "    pg_dump --format=custom --file=pointsdesk.dump %1\n"
                          "and restores it with pg_restore --clean --dbname=%1 pointsdesk.dump. Ask whoever runs the server.")
                           .arg(where.name));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_backup = new QPushButton(tr("&Back up to a file…"), this);
    m_backup->setObjectName(QStringLiteral("backupButton"));
    m_check = new QPushButton(tr("C&heck a backup…"), this);
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_backup->setEnabled(sqlite);
    m_check->setEnabled(sqlite);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backup);
    buttons->addWidget(m_check);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_progress);
    layout->addWidget(m_result, 1);
    layout->addLayout(buttons);
    connect(m_backup, &QPushButton::clicked, this, &BackupDialog::backUp);
    connect(m_check, &QPushButton::clicked, this, &BackupDialog::check);
    connect(m_close, &QPushButton::clicked, this, &BackupDialog::reject);
    resize(640, 380);
}

BackupDialog::~BackupDialog()
{
    if (m_thread)
        m_thread->wait(); // a copy half written is removed by the copy itself; waiting loses nothing
}

void BackupDialog::reject()
{
    if (isRunning())
        return; // a backup or a check has no safe middle to stop at: the dialog closes when it ends
    QDialog::reject();
}

void BackupDialog::begin(const QString &doing)
{
    m_backup->setEnabled(false);
    m_check->setEnabled(false);
    m_close->setEnabled(false);
    m_progress->setRange(0, 0); // busy: SQLite says nothing while it copies
    m_result->setText(doing);
}

void BackupDialog::end(bool ok, const QString &summary)
{
    releaseWorker(m_thread);
    m_progress->setRange(0, 1);
    m_progress->setValue(ok ? 1 : 0);
    m_backup->setEnabled(true);
    m_check->setEnabled(true);
    m_close->setEnabled(true);
    m_result->setText(summary);
    emit finished(ok, summary);
}

void BackupDialog::backUp()
{
    if (isRunning())
        return;
    const QString suggested = QStringLiteral("pointsdesk-%1.sqlite").arg(businessToday(m_context.clock).toString(Qt::ISODate));
    const QString path = FileChooser::saveFile(this, tr("Back up to"), suggested, tr("PointsDesk backups (*.sqlite)"));
    if (path.isEmpty())
        return;
    begin(tr("Writing the backup…"));
    const Session session = m_context.session;
    const Clock *clock = &m_context.clock;
    m_thread = runOnOwnConnection<BackupFacts>(
        this, m_context.db, QStringLiteral("backup"), [session, clock, path](Database &db) { return backupDatabase(db, *clock, session, path); },
        [this, path](Result<BackupFacts> made) {
            end(made.ok(), made ? tr("Backed up to %1 (%2). Check it, then keep it away from this computer.")
                                      .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(made->bytes))
                                : made.error().message);
        });
}

void BackupDialog::check()
{
    if (isRunning())
        return;
    const QString path = FileChooser::openFile(this, tr("Check a backup"), tr("PointsDesk backups (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    begin(tr("Checking the backup: every page, the ledger and the audit trail…"));
    const Clock *clock = &m_context.clock;
    // the backup is read on its own (a copy of it is checked): this connection is not used
    m_thread = runOnOwnConnection<BackupFacts>(
        this, m_context.db, QStringLiteral("backup-check"), [clock, path](Database &) { return checkBackup(path, *clock); },
        [this, path](Result<BackupFacts> facts) {
            end(facts.ok(), facts ? tr("%1 is a sound backup: %2 members, %3 receipts, %4 ledger entries, %5 audit records (schema %6).")
                                        .arg(QDir::toNativeSeparators(path))
                                        .arg(facts->members)
                                        .arg(facts->receipts)
                                        .arg(facts->entries)
                                        .arg(facts->auditRecords)
                                        .arg(facts->schemaVersion)
                                  : facts.error().message);
        });
}

} // namespace pd::ui
