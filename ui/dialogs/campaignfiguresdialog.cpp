#include "campaignfiguresdialog.h"

#include "core/campaigns/campaignsimulator.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/pointsmath.h"
#include "ui/widgets/countaxis.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/ownconnectionthread.h"
#include "ui/widgets/storecombo.h"

#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QValueAxis>
#include <QVBoxLayout>

namespace pd::ui {

CampaignFiguresDialog::CampaignFiguresDialog(const AppContext &context, const Campaign &campaign, Mode mode, QWidget *parent)
    : QDialog(parent), m_context(context), m_campaign(campaign), m_mode(mode)
{
    setObjectName(QStringLiteral("campaignFiguresDialog"));
    setWindowTitle(mode == Mode::Simulate ? tr("Simulate %1 — %2").arg(campaign.code, campaign.name)
                                          : tr("Report of %1 — %2").arg(campaign.code, campaign.name));
    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::Simulate) {
        // last quarter's history by default: what the campaign would have cost then
        const QDate today = businessToday(context.clock);
        m_from = new DateField(today.addDays(-91), this);
        m_from->setObjectName(QStringLiteral("fromEdit"));
        m_to = new DateField(today.addDays(-1), this);
        m_to->setObjectName(QStringLiteral("toEdit"));
        m_store = storeCombo(context, this, "storeCombo");
        m_store->insertItem(0, tr("All stores"), QString());
        m_store->setCurrentIndex(0);
        auto *form = new QFormLayout;
        auto *period = new QHBoxLayout;
        period->addWidget(m_from);
        period->addWidget(new QLabel(tr("to"), this));
        period->addWidget(m_to);
        form->addRow(tr("Replay the receipts of:"), period);
        form->addRow(tr("Store:"), m_store);
        layout->addLayout(form);
        auto *note = new QLabel(tr("Nothing is written: the campaign is applied to what was really posted, as if it had been approved then, "
                                   "alone on top of the campaigns that really applied."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("figuresLabel"));
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart = new QChartView(this);
    m_chart->setObjectName(QStringLiteral("figuresChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(640, 300);
    m_chart->chart()->legend()->hide();
    m_run = new QPushButton(mode == Mode::Simulate ? tr("&Simulate") : tr("&Refresh"), this);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_cancel = new QPushButton(tr("Close"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_run, &QPushButton::clicked, this, &CampaignFiguresDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &CampaignFiguresDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    layout->addWidget(m_progress);
    layout->addWidget(m_figures);
    layout->addWidget(m_chart, 1);
    layout->addLayout(buttons);
    resize(760, 560);
    if (mode == Mode::Report)
        QMetaObject::invokeMethod(this, &CampaignFiguresDialog::start, Qt::QueuedConnection);
}

CampaignFiguresDialog::~CampaignFiguresDialog()
{
    m_cancelRequested = true;
    if (m_thread)
        m_thread->wait();
}

bool CampaignFiguresDialog::isRunning() const { return m_thread && m_thread->isRunning(); }

void CampaignFiguresDialog::reject()
{
    if (isRunning()) {
        m_cancelRequested = true; // the run stops at its next batch and says so
        m_cancel->setEnabled(false);
        return;
    }
    QDialog::reject();
}

void CampaignFiguresDialog::start()
{
    if (isRunning())
        return;
    m_run->setEnabled(false);
    m_cancel->setText(tr("Cancel"));
    m_cancelRequested = false;
    m_progress->setRange(0, 0);
    m_figures->setText(tr("Working…"));
    SimulationRequest request;
    if (m_mode == Mode::Simulate) {
        request.from = m_from->date();
        request.to = m_to->date();
        request.storeCode = m_store->currentData().toString();
    }
    const Session session = m_context.session;
    const Clock *clock = &m_context.clock;
    const Campaign campaign = m_campaign;
    const Mode mode = m_mode;
    QPointer<CampaignFiguresDialog> self(this);
    request.cancel = &m_cancelRequested;
    request.progress = [self](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(self, [self, done, total] {
            if (!self)
                return;
            self->m_progress->setRange(0, int(std::min<qint64>(std::max<qint64>(total, 1), INT_MAX)));
            self->m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
        }, Qt::QueuedConnection);
    };
    m_thread = runOnOwnConnection<CampaignFigures>(
        this, m_context.db, QStringLiteral("figures"),
        [=](Database &db) {
            return mode == Mode::Simulate ? simulateCampaign(db, session, campaign, request) : reportCampaign(db, *clock, session, campaign.code);
        },
        [this](Result<CampaignFigures> figures) { finish(figures); });
}

void CampaignFiguresDialog::finish(const Result<CampaignFigures> &figures)
{
    if (m_thread)
        m_thread->wait();
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_run->setEnabled(true);
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("Close"));
    if (!figures) {
        m_figures->setText(figures.error().message);
        emit figuresShown(false);
        return;
    }
    const CampaignFigures &f = figures.value();
    QStringList lines;
    lines << tr("%1 receipts earned from it, %2 members reached, %3 extra points costing ¥%4.")
                 .arg(points::displayPoints(f.matched), points::displayPoints(f.membersReached), points::displayPoints(f.points),
                      points::displayYuan(f.costFen()));
    if (f.capReachedOn)
        lines << tr("Its budget runs out on %1.").arg(f.capReachedOn->toString(Qt::ISODate));
    if (f.upliftPermille)
        lines << tr("Participants spent ¥%1 a day in the campaign's days against ¥%2 on the same weekdays of the four weeks before: %3%4 %.")
                     .arg(points::displayYuan(f.spendPerDayInWindowFen.value_or(0)), points::displayYuan(f.spendPerDayBeforeFen.value_or(0)))
                     .arg(*f.upliftPermille >= 0 ? QStringLiteral("+") : QString())
                     .arg(double(*f.upliftPermille) / 10.0, 0, 'f', 1); // display only
    m_figures->setText(lines.join(QLatin1Char('\n')));

    auto *series = new QLineSeries;
    series->setName(tr("Extra points per day"));
    series->setPointsVisible(true); // the days it awarded; no point is no award
    qint64 highest = 0;
    for (auto it = f.days.cbegin(); it != f.days.cend(); ++it) {
        series->append(double(QDateTime(it.key(), QTime(12, 0)).toMSecsSinceEpoch()), double(it->points));
        highest = std::max(highest, it->points);
    }
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis); // gives the axis back to us (series are deleted by removeAllSeries)
        delete axis;
    }
    chart->addSeries(series);
    auto *days = new QDateTimeAxis;
    days->setFormat(QStringLiteral("MM-dd"));
    days->setTitleText(tr("Day"));
    if (!f.days.isEmpty())
        days->setRange(QDateTime(f.days.firstKey(), QTime(0, 0)), QDateTime(f.days.lastKey(), QTime(23, 59)));
    QValueAxis *pointsAxis = countAxis(chart, highest, tr("Extra points"));
    chart->addAxis(days, Qt::AlignBottom);
    chart->addAxis(pointsAxis, Qt::AlignLeft);
    series->attachAxis(days);
    series->attachAxis(pointsAxis);
    chart->setTitle(tr("Extra points per day"));
    emit figuresShown(true);
}

} // namespace pd::ui
