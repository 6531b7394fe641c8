#include "settlementdialog.h"

#include "core/clock.h"
#include "core/io/csvwriter.h"
#include "core/pointsmath.h"
#include "report/settlementpdf.h"
#include "ui/widgets/csvfile.h"
#include "ui/widgets/filechooser.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/ownconnectionthread.h"
#include "ui/widgets/printpreview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace pd::ui {

SettlementDialog::SettlementDialog(const AppContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("settlementDialog"));
    setWindowTitle(tr("Partner settlement"));
    // the last two years, last month first: the month a settlement is usually made for
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("monthCombo"));
    const QDate today = businessToday(context.clock);
    const QDate thisMonth(today.year(), today.month(), 1);
    for (int back = 1; back <= 24; ++back)
        m_month->addItem(thisMonth.addMonths(-back).toString(QStringLiteral("yyyy-MM")), thisMonth.addMonths(-back));
    m_month->addItem(tr("%1 (so far)").arg(thisMonth.toString(QStringLiteral("yyyy-MM"))), thisMonth);
    m_table = new QTableWidget(0, 10, this);
    m_table->setObjectName(QStringLiteral("settlementTable"));
    m_table->setHorizontalHeaderLabels({tr("Partner merchant"), tr("Given at its stores"), tr("Taken back for returns"),
                                        tr("Paid with points at its tills"), tr("Its items redeemed"), tr("Cancelled"),
                                        tr("Net points"), tr("Amount"), tr("Owed"), tr("Its stores")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_saveCsv = new QPushButton(tr("Save as &CSV…"), this);
    m_saveCsv->setObjectName(QStringLiteral("saveCsvButton"));
    m_savePdf = new QPushButton(tr("Save as &PDF…"), this);
    m_savePdf->setObjectName(QStringLiteral("savePdfButton"));
    m_preview = new QPushButton(tr("Print pre&view…"), this);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *top = new QHBoxLayout;
    auto *monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_month);
    top->addWidget(monthLabel);
    top->addWidget(m_month);
    top->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_saveCsv);
    bottom->addWidget(m_savePdf);
    bottom->addWidget(m_preview);
    bottom->addStretch(1);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(bottom);
    resize(1000, 420);

    connect(m_month, &QComboBox::currentIndexChanged, this, &SettlementDialog::refresh);
    connect(m_saveCsv, &QPushButton::clicked, this, &SettlementDialog::saveCsv);
    connect(m_savePdf, &QPushButton::clicked, this, &SettlementDialog::savePdf);
    connect(m_preview, &QPushButton::clicked, this, &SettlementDialog::preview);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_saveCsv->setEnabled(false);
    m_savePdf->setEnabled(false);
    m_preview->setEnabled(false);
    refresh();
}

SettlementDialog::~SettlementDialog()
{
    if (m_thread)
        m_thread->wait();
}

void SettlementDialog::refresh()
{
    if (m_thread) {
        m_again = true;
        return;
    }
    m_again = false;
    m_status->setText(tr("Reading the month…"));
    const Session session = m_context.session;
    const QDate month = m_month->currentData().toDate();
    m_thread = runOnOwnConnection<Settlement>(
        this, m_context.db, QStringLiteral("settlement"),
        [session, month](Database &db) { return insights::settlement(db, session, month); },
        [this](Result<Settlement> settlement) { finish(settlement); });
}

void SettlementDialog::finish(const Result<Settlement> &settlement)
{
    releaseWorker(m_thread);
    if (m_again) {
        refresh();
        return;
    }
    if (!settlement) {
        m_settlement.reset();
        m_table->setRowCount(0);
        m_saveCsv->setEnabled(false);
        m_savePdf->setEnabled(false);
        m_preview->setEnabled(false);
        m_status->setText(settlement.error().message);
        emit settlementShown(false);
        return;
    }
    m_settlement = settlement.value();
    showSettlement(*m_settlement);
    emit settlementShown(true);
}

void SettlementDialog::showSettlement(const Settlement &s)
{
    m_table->setRowCount(int(s.partners.size()));
    for (int r = 0; r < s.partners.size(); ++r) {
        const PartnerSettlement &p = s.partners.at(r);
        const qint64 net = p.netPoints();
        const QStringList cells{p.partnerName,
                                points::displayPoints(p.issued),
                                points::displayPoints(p.clawedBack),
                                points::displayPoints(p.paidAtTill),
                                tr("%1 (%2 units)").arg(points::displayPoints(p.redeemedPoints)).arg(p.redeemedUnits),
                                tr("%1 (%2 units)").arg(points::displayPoints(p.cancelledPoints)).arg(p.cancelledUnits),
                                points::displayPoints(net),
                                QStringLiteral("¥") + points::displayYuan(p.valueFen),
                                net > 0 ? tr("to the chain") : net < 0 ? tr("to the partner") : QString(),
                                p.storeNames.join(QStringLiteral("、"))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 1 && c <= 7)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 0)
                item->setToolTip(p.partnerCode);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_status->setText(s.partners.isEmpty()
                          ? tr("No store or item belongs to a partner merchant: there is nothing to settle. A store's partner code is set on the stores screen, an item's partner in the catalog.")
                          : tr("%1, one point worth ¥%2. Points given at a partner's stores are owed to the chain; points spent with the partner are owed to it.")
                                .arg(s.chainName, points::displayYuan(s.pointValueFen)));
    m_saveCsv->setEnabled(!s.partners.isEmpty());
    m_savePdf->setEnabled(!s.partners.isEmpty());
    m_preview->setEnabled(!s.partners.isEmpty());
}

void SettlementDialog::saveCsv()
{
    if (!m_settlement)
        return;
    const QString name = QStringLiteral("settlement-%1.csv").arg(m_settlement->month.toString(QStringLiteral("yyyy-MM")));
    const auto output = openCsvForExport(this, tr("Save settlement"), name);
    if (!output)
        return;
    for (const QStringList &row : insights::settlementTable(*m_settlement))
        output->write(csv::line(row));
    if (!output->flush())
        MessageBox::warning(this, tr("Save settlement"), tr("The settlement could not be written to %1.").arg(output->fileName()));
}

void SettlementDialog::savePdf()
{
    if (!m_settlement)
        return;
    const QString file = FileChooser::saveFile(this, tr("Save settlement"),
                                               QStringLiteral("settlement-%1.pdf").arg(m_settlement->month.toString(QStringLiteral("yyyy-MM"))),
                                               tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    if (Status s = report::writeSettlementPdf(*m_settlement, file); !s)
        MessageBox::warning(this, tr("Save settlement"), s.error().message);
}

void SettlementDialog::preview()
{
    if (!m_settlement)
        return;
    const Settlement settlement = *m_settlement;
    PrintPreview::show(this, tr("Partner settlement %1").arg(settlement.month.toString(QStringLiteral("yyyy-MM"))),
                       [&settlement](QPagedPaintDevice *device) { report::renderSettlement(settlement, device); });
}

} // namespace pd::ui
