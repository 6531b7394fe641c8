#include "reminderspanel.h"

#include "core/clock.h"
#include "core/io/reminderexport.h"
#include "core/jobs/reminderlist.h"
#include "core/pointsmath.h"
#include "ui/dialogs/batchjobdialog.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/filechooser.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/messagebox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

RemindersPanel::RemindersPanel(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("remindersPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Members whose points expire within %1 days are reminded once: by SMS when they consented to "
                                "marketing and have a mobile. Those who could not be reminded are listed below, with why.")
                                 .arg(kReminderWindowDays),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *top = new QHBoxLayout;
    m_asOf = new DateField(businessToday(m_context.clock), this);
    m_asOf->setObjectName(QStringLiteral("asOfEdit"));
    m_asOf->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);
    auto *run = new QPushButton(tr("&Remind…"), this);
    run->setObjectName(QStringLiteral("remindButton"));
    m_save = new QPushButton(tr("&Save the SMS file…"), this);
    m_save->setObjectName(QStringLiteral("saveSmsButton"));
    top->addWidget(new QLabel(tr("As of:"), this));
    top->addWidget(m_asOf);
    top->addWidget(run);
    top->addWidget(m_save);
    top->addStretch();
    layout->addLayout(top);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_unreached = new UnreachedReminderModel(m_context.db, m_context.session, this);
    m_view = new QTableView(this);
    setUpListView(m_view, "unreachedView");
    m_view->setModel(m_unreached);
    layout->addWidget(m_view, 1);

    connect(run, &QPushButton::clicked, this, &RemindersPanel::runReminders);
    connect(m_save, &QPushButton::clicked, this, &RemindersPanel::saveSmsFile);
    connect(m_asOf, &DateField::dateChanged, this, &RemindersPanel::reload);
    reload();
}

void RemindersPanel::reload()
{
    const QDate asOf = m_asOf->date();
    if (!asOf.isValid()) {
        m_summary->setText(tr("Write the day as YYYY-MM-DD."));
        m_save->setEnabled(false);
        return;
    }
    m_unreached->setAsOf(asOf);
    const Status s = m_unreached->reload();
    fitColumns(m_view);
    const ReminderDay &d = m_unreached->day();
    m_save->setEnabled(s.ok() && d.sms > 0);
    if (!s)
        m_summary->setText(s.error().message);
    else if (d.sms + d.noConsent + d.noMobile == 0)
        m_summary->setText(tr("No reminders as of %1 yet.").arg(asOf.toString(Qt::ISODate)));
    else
        m_summary->setText(tr("As of %1: %2 members reminded by SMS; %3 without marketing consent and %4 without a mobile could not be "
                              "(%5 points expiring in all).")
                               .arg(asOf.toString(Qt::ISODate))
                               .arg(d.sms)
                               .arg(d.noConsent)
                               .arg(d.noMobile)
                               .arg(points::displayPoints(d.points)));
}

void RemindersPanel::runReminders()
{
    auto *dialog = new BatchJobDialog(m_context, BatchJobDialog::Job::Reminders, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_asOf->date().isValid())
        dialog->setAsOf(m_asOf->date());
    connect(dialog, &BatchJobDialog::jobFinished, this, [this, dialog] {
        // a changed day reloads through dateChanged
        if (dialog->asOf() != m_asOf->date())
            m_asOf->setDate(dialog->asOf());
        else
            reload();
    });
    dialog->show();
}

void RemindersPanel::saveSmsFile()
{
    const QDate asOf = m_asOf->date();
    const QString path = FileChooser::saveFile(this, tr("Save the SMS gateway file"), QStringLiteral("reminders-%1.csv").arg(asOf.toString(Qt::ISODate)),
                                               tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto rows = writeReminderSmsFile(m_context.db, m_context.clock, m_context.session, asOf, path);
    if (!rows) {
        MessageBox::warning(this, tr("Expiry reminders"), rows.error().message);
        return;
    }
    MessageBox::information(this, tr("Expiry reminders"),
                            tr("%1 messages written to %2, readable by you only. Send it through the SMS gateway, then delete it.")
                                .arg(rows.value())
                                .arg(path));
}

} // namespace pd::ui
