#include "batchjobdialog.h"

#include "core/clock.h"
#include "core/db/database.h"
#include "core/jobs/batchjobs.h"
#include "core/members/member.h"
#include "core/pointsmath.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/ownconnectionthread.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
// "2 members changed tier as of 2026-12-01: 8000000002 王小明 Silver → Member; …"
QString tierSummary(const BatchReport &report, const QDate &asOf)
{
    QString text = BatchJobDialog::tr("%1 members changed tier as of %2.").arg(report.members).arg(asOf.toString(Qt::ISODate));
    for (const TierChange &c : report.tierChanges)
        text += QLatin1Char('\n') + BatchJobDialog::tr("%1 %2: %3 → %4").arg(c.cardNo, c.name, tierName(c.from), tierName(c.to));
    if (report.members > report.tierChanges.size())
        text += QLatin1Char('\n') + BatchJobDialog::tr("… and %1 more (the audit trail has the run).").arg(report.members - report.tierChanges.size());
    return text;
}
} // namespace

BatchJobDialog::BatchJobDialog(const AppContext &context, Job job, QWidget *parent) : QDialog(parent), m_context(context), m_job(job)
{
    setObjectName(QStringLiteral("batchJobDialog"));
    setWindowTitle(job == Job::Expiry ? tr("Expiry run") : job == Job::TierReview ? tr("Monthly tier review") : tr("Expiry reminders"));
    auto *intro = new QLabel(job == Job::Expiry       ? tr("Expires every lot whose validity ended before the chosen day. Running it again "
                                                           "for the same day changes nothing.")
                             : job == Job::TierReview ? tr("Moves members down one tier where their spend of the last 12 months no longer "
                                                           "reaches their tier.")
                                                      : tr("Reminds every member whose points expire within 30 days of the chosen day: by "
                                                           "SMS when they consented and have a mobile. Points already reminded of are not "
                                                           "reminded again."),
                             this);
    intro->setWordWrap(true);
    m_date = new DateField(businessToday(context.clock), this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_run = new QPushButton(tr("Run"), this);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    auto *form = new QFormLayout;
    form->addRow(tr("As of:"), m_date);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addLayout(buttons);
    connect(m_run, &QPushButton::clicked, this, &BatchJobDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &BatchJobDialog::reject);
    setMinimumWidth(460);
}

BatchJobDialog::~BatchJobDialog()
{
    m_cancelRequested = true;
    if (m_thread)
        m_thread->wait();
}

QDate BatchJobDialog::asOf() const
{
    return m_date->date();
}

void BatchJobDialog::setAsOf(const QDate &day)
{
    m_date->setDate(day);
}

bool BatchJobDialog::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BatchJobDialog::reject()
{
    if (isRunning()) {
        // stop after the current batch; what was committed stays consistent
        m_cancelRequested = true;
        m_cancel->setEnabled(false);
        m_result->setText(tr("Stopping after the current batch…"));
        return;
    }
    QDialog::reject();
}

void BatchJobDialog::start()
{
    m_run->setEnabled(false);
    m_date->setEnabled(false);
    m_cancelRequested = false;
    m_progress->setRange(0, 0); // busy until the first report
    m_result->setText(tr("Working…"));
    const QDate asOf = m_date->date();
    const Session session = m_context.session;
    const Clock *clock = &m_context.clock;
    const Job job = m_job;
    QPointer<BatchJobDialog> self(this);
    BatchOptions options;
    options.cancel = &m_cancelRequested;
    options.progress = [self](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(self, [self, done, total] {
            if (!self)
                return;
            self->m_progress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
            self->m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
        }, Qt::QueuedConnection);
    };
    m_thread = runOnOwnConnection<QString>(
        this, m_context.db, QStringLiteral("job"),
        [=](Database &db) -> Result<QString> {
            BatchJobs jobs(db, *clock);
            auto report = job == Job::Expiry       ? jobs.expire(session, asOf, options)
                          : job == Job::TierReview ? jobs.reviewTiers(session, asOf, options)
                                                   : jobs.remindExpiry(session, asOf, options);
            if (!report)
                return report.error();
            QString summary;
            if (job == Job::Expiry)
                summary = tr("%1 points of %2 members expired as of %3.")
                              .arg(points::displayPoints(report->points), points::displayPoints(report->members), asOf.toString(Qt::ISODate));
            else if (job == Job::Reminders)
                summary = tr("%1 members newly reminded as of %2, %3 of them by SMS.")
                              .arg(report->members)
                              .arg(asOf.toString(Qt::ISODate))
                              .arg(report->messages);
            else
                summary = tierSummary(report.value(), asOf);
            if (report->cancelled)
                summary += QStringLiteral(" ") + tr("Cancelled: run it again to finish.");
            return summary;
        },
        [this](Result<QString> summary) { finish(summary.ok(), summary ? summary.value() : summary.error().message); });
}

void BatchJobDialog::finish(bool ok, const QString &summary)
{
    if (m_thread)
        m_thread->wait();
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_result->setText(summary);
    m_run->setEnabled(true);
    m_date->setEnabled(true);
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("Close"));
    emit jobFinished(ok, summary);
}

} // namespace pd::ui
