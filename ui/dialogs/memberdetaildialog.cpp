#include "memberdetaildialog.h"

#include "ui/dialogs/badgeview.h"
#include "ui/dialogs/checkincalendar.h"

#include "core/clock.h"
#include "core/reports/memberpoints.h"
#include "core/pointsmath.h"
#include "core/reports/statement.h"
#include "core/rules/programmerules.h"
#include "report/statementpdf.h"
#include "ui/widgets/printpreview.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/filechooser.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
// The tier's perks under the points, as the administrator wrote them (nothing when none).
QString tierPerksLine(Database &db, const QString &tier)
{
    auto rules = ProgrammeRules::load(db);
    if (!rules)
        return {};
    for (const Tier &t : rules->tiers) {
        if (t.code == tier && !t.perks.isEmpty())
            return QStringLiteral("<br/><span style=\"font-size:10pt\">%1</span>")
                .arg(QCoreApplication::translate("pd::ui::MemberDetailDialog", "Perks of the tier: %1").arg(t.perks.toHtmlEscaped()));
    }
    return {};
}
} // namespace

MemberDetailDialog::MemberDetailDialog(const AppContext &context, const Member &member, QWidget *parent)
    : QDialog(parent), m_context(context), m_member(member)
{
    setObjectName(QStringLiteral("memberDetailDialog"));
    setWindowTitle(tr("Points of %1 (card %2)").arg(member.name, member.cardNo));
    auto *layout = new QVBoxLayout(this);
    auto summary = memberPointsSummary(context.db, context.clock, context.session, member.id);
    auto *head = new QLabel(this);
    head->setObjectName(QStringLiteral("summaryLabel"));
    head->setStyleSheet(QStringLiteral("font-size: 12pt;"));
    auto *progress = new QProgressBar(this);
    progress->setObjectName(QStringLiteral("tierProgress"));
    auto *lots = new QTableWidget(this);
    lots->setObjectName(QStringLiteral("lotsTable"));
    lots->setColumnCount(3);
    lots->setHorizontalHeaderLabels({tr("Points left"), tr("Earned"), tr("Usable until")});
    lots->setEditTriggers(QAbstractItemView::NoEditTriggers);
    lots->verticalHeader()->hide();
    lots->horizontalHeader()->setStretchLastSection(true);
    if (summary) {
        const MemberPointsSummary &s = summary.value();
        head->setText(tr("<b>%1</b> points · tier <b>%2</b> · %3 green points so far").arg(QLocale().toString(s.balance), tierName(s.tier))
                          .arg(s.greenTotal)
                      + (s.debt > 0 ? tr(" · <span style=\"color:#b3261e\">owes %1 points</span>").arg(s.debt) : QString())
                      + tierPerksLine(context.db, s.tier));
        if (s.nextTier.isEmpty()) {
            progress->setRange(0, 1);
            progress->setValue(1);
            progress->setFormat(tr("Top tier"));
        } else {
            progress->setRange(0, 1000);
            progress->setValue(int(std::clamp<qint64>(s.qualifyingSpendFen * 1000 / std::max<qint64>(1, s.nextThresholdFen), 0, 1000)));
            progress->setFormat(tr("¥%1 of ¥%2 spent in 12 months toward %3")
                                    .arg(points::displayYuan(s.qualifyingSpendFen), points::displayYuan(s.nextThresholdFen), tierName(s.nextTier)));
        }
        lots->setRowCount(int(s.openLots.size()));
        for (int i = 0; i < s.openLots.size(); ++i) {
            const LotInfo &l = s.openLots.at(i);
            lots->setItem(i, 0, new QTableWidgetItem(QStringLiteral("%1 / %2").arg(l.remaining).arg(l.points)));
            lots->setItem(i, 1, new QTableWidgetItem(l.earnedAt.toTimeZone(programmeTimeZone()).toString(QStringLiteral("yyyy-MM-dd"))));
            lots->setItem(i, 2, new QTableWidgetItem(l.expiresAt.isValid()
                                                         ? l.expiresAt.toTimeZone(programmeTimeZone()).date().addDays(-1).toString(Qt::ISODate)
                                                         : tr("no expiry")));
        }
    } else {
        head->setText(summary.error().message);
    }

    auto *history = new QTableView(this);
    setUpListView(history, "historyView");
    history->setModel(new LedgerModel(context.db, context.session, member.id, history));
    history->setColumnWidth(LedgerModel::Time, 130);
    history->setColumnWidth(LedgerModel::Kind, 110);
    history->setColumnWidth(LedgerModel::Points, 80);
    history->setColumnWidth(LedgerModel::Reference, 170);

    auto *statementTab = new QWidget(this);
    m_month = new QDateEdit(businessToday(context.clock).addMonths(-1), statementTab);
    m_month->setObjectName(QStringLiteral("monthEdit"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    auto *save = new QPushButton(tr("Save statement as PDF…"), statementTab);
    save->setObjectName(QStringLiteral("saveStatementButton"));
    auto *preview = new QPushButton(tr("Print preview…"), statementTab);
    preview->setObjectName(QStringLiteral("previewStatementButton"));
    m_statementLabel = new QLabel(statementTab);
    m_statementLabel->setObjectName(QStringLiteral("statementLabel"));
    m_statementLabel->setWordWrap(true);
    auto *statementForm = new QFormLayout(statementTab);
    statementForm->addRow(tr("Month:"), m_month);
    auto *statementButtons = new QHBoxLayout;
    statementButtons->addWidget(save);
    statementButtons->addWidget(preview);
    statementForm->addRow(statementButtons);
    statementForm->addRow(m_statementLabel);
    connect(save, &QPushButton::clicked, this, &MemberDetailDialog::saveStatement);
    connect(preview, &QPushButton::clicked, this, &MemberDetailDialog::previewStatement);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("detailTabs"));
    tabs->addTab(history, tr("History"));
    tabs->addTab(lots, tr("Points by expiry"));
    tabs->addTab(statementTab, tr("Statements"));
    tabs->addTab(new CheckinCalendar(context, member.id, this), tr("Check-ins"));
    tabs->addTab(new BadgeView(context, member.id, this), tr("Badges"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(head);
    layout->addWidget(progress);
    layout->addWidget(tabs, 1);
    layout->addWidget(close);
    resize(900, 600);
}

void MemberDetailDialog::saveStatement()
{
    auto st = buildStatement(m_context.db, m_context.session, m_member.cardNo, m_month->date());
    if (!st) {
        m_statementLabel->setText(st.error().message);
        return;
    }
    const QString file = FileChooser::saveFile(
        this, tr("Save statement"), QStringLiteral("statement-%1-%2.pdf").arg(m_member.cardNo, m_month->date().toString(QStringLiteral("yyyy-MM"))),
        tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    if (Status s = report::writeStatementPdf(st.value(), file); !s) {
        m_statementLabel->setText(s.error().message);
        return;
    }
    m_statementLabel->setText(tr("Saved %1. %2").arg(file, st->friendlyLine));
}

void MemberDetailDialog::previewStatement()
{
    auto st = buildStatement(m_context.db, m_context.session, m_member.cardNo, m_month->date());
    if (!st) {
        m_statementLabel->setText(st.error().message);
        return;
    }
    const QList<Statement> statements{st.value()};
    PrintPreview::show(this, tr("Statement %1 %2").arg(m_member.cardNo, m_month->date().toString(QStringLiteral("yyyy-MM"))),
                       [&statements](QPagedPaintDevice *device) { report::renderStatements(statements, device); });
}

} // namespace pd::ui
