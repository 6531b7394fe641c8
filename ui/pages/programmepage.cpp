#include "programmepage.h"

#include "core/donations/donationservice.h"
#include "core/pointsmath.h"
#include "core/rules/programmerules.h"
#include "core/members/member.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/formerror.h"
#include "ui/widgets/messagebox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QGroupBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
QTableWidget *table(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(QLatin1String(name));
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QSpinBox *spin(int min, int max, int value, QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setRange(min, max);
    s->setGroupSeparatorShown(true); // 10,000, not 10000
    s->setValue(value);
    return s;
}
} // namespace

ProgrammePage::ProgrammePage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("programmePage"));
    m_rates = table(this, "ratesTable", {tr("Scenario"), tr("Points per ¥100")});
    m_tiers = table(this, "tiersTable", {tr("Tier"), tr("From ¥ (12 months)"), tr("Multiplier %")});
    m_charities = table(this, "charitiesTable", {tr("Code"), tr("Project"), tr("Points per ¥1 of goods"), tr("Donated"), tr("Matched ¥")});
    m_charities->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // chosen from what the engine knows (DESIGN §5), never typed as a code
    m_expiry = new QComboBox(this);
    m_expiry->setObjectName(QStringLiteral("expiryCombo"));
    m_expiry->addItem(tr("At the end of the following year (annual)"), QStringLiteral("annual"));
    m_expiry->addItem(tr("After a number of months (rolling)"), QStringLiteral("rolling"));
    m_expiry->addItem(tr("Never"), QStringLiteral("never"));
    m_expiryMonths = spin(1, 99, 12, this);
    m_expiryMonths->setObjectName(QStringLiteral("expiryMonthsSpin"));
    m_expiryMonths->setSuffix(tr(" months"));
    connect(m_expiry, &QComboBox::currentIndexChanged, this,
            [this] { m_expiryMonths->setEnabled(m_expiry->currentData().toString() == QLatin1String("rolling")); });
    m_settingsError = new FormErrorLabel(this);
    m_settingsError->setObjectName(QStringLiteral("settingsError"));
    m_threshold = spin(1, 1'000'000, 1000, this);
    m_threshold->setObjectName(QStringLiteral("thresholdSpin"));
    m_error = new FormErrorLabel(this);
    m_charityCode = new QLineEdit(this);
    m_charityCode->setObjectName(QStringLiteral("charityCodeEdit"));
    m_charityName = new QLineEdit(this);
    m_charityName->setObjectName(QStringLiteral("charityNameEdit"));
    m_charityRate = spin(1, 100000, 100, this);
    m_charityRate->setObjectName(QStringLiteral("charityRateSpin"));

    auto button = [this](const char *name, const QString &text, void (ProgrammePage::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *ratesBox = new QGroupBox(tr("Earning rates"), this);
    auto *rl = new QVBoxLayout(ratesBox);
    rl->addWidget(m_rates);
    rl->addWidget(button("saveRatesButton", tr("Save rates"), &ProgrammePage::saveRates));
    auto *tiersBox = new QGroupBox(tr("Tiers"), this);
    auto *tl = new QVBoxLayout(tiersBox);
    tl->addWidget(m_tiers);
    tl->addWidget(button("saveTiersButton", tr("Save tiers"), &ProgrammePage::saveTiers));
    auto *rulesBox = new QGroupBox(tr("Validity and approvals"), this);
    auto *fl = new QFormLayout(rulesBox);
    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_expiry, 1);
    expiry->addWidget(m_expiryMonths);
    fl->addRow(tr("Points expire:"), expiry);
    fl->addRow(tr("Adjustments above this need approval:"), m_threshold);
    fl->addRow(m_settingsError);
    fl->addRow(button("saveSettingsButton", tr("Save"), &ProgrammePage::saveSettings));
    auto *charityBox = new QGroupBox(tr("Charity projects"), this);
    auto *cl = new QGridLayout(charityBox);
    cl->addWidget(m_charities, 0, 0, 1, 4);
    cl->addWidget(m_charityCode, 1, 0);
    cl->addWidget(m_charityName, 1, 1);
    cl->addWidget(m_charityRate, 1, 2);
    cl->addWidget(button("addCharityButton", tr("Add project"), &ProgrammePage::addCharity), 1, 3);
    m_charityCode->setPlaceholderText(tr("code"));
    m_charityName->setPlaceholderText(tr("e.g. 流浪动物救助"));

    auto *grid = new QGridLayout(this);
    grid->addWidget(ratesBox, 0, 0);
    grid->addWidget(tiersBox, 0, 1);
    grid->addWidget(rulesBox, 1, 0);
    grid->addWidget(charityBox, 1, 1);
    grid->addWidget(m_error, 2, 0, 1, 2);
    reload();
}

void ProgrammePage::reload()
{
    auto rules = ProgrammeRules::load(m_context.db);
    if (!rules) {
        m_error->showError(rules.error().message);
        return;
    }
    m_rates->setRowCount(0);
    // the programme's own scenarios in the seeds' order, then partner merchants, then others
    static const QStringList order = {QStringLiteral("supermarket"), QStringLiteral("dining"), QStringLiteral("online"),
                                      QStringLiteral("travel"),      QStringLiteral("fuel"),   QStringLiteral("utility")};
    QStringList codes = rules->ratePer100.keys();
    std::sort(codes.begin(), codes.end(), [](const QString &a, const QString &b) {
        const auto rank = [](const QString &c) { return order.contains(c) ? order.indexOf(c) : int(order.size()) + (c.startsWith(QLatin1String("partner:")) ? 0 : 1); };
        return rank(a) != rank(b) ? rank(a) < rank(b) : a < b;
    });
    for (const QString &code : std::as_const(codes)) {
        const int row = m_rates->rowCount();
        m_rates->insertRow(row);
        auto *name = new QTableWidgetItem(scenarioName(code));
        name->setData(Qt::UserRole, code);
        name->setFlags(Qt::ItemIsEnabled);
        m_rates->setItem(row, 0, name);
        m_rates->setCellWidget(row, 1, spin(0, 10000, rules->ratePer100.value(code), m_rates));
    }
    m_tiers->setRowCount(0);
    for (const Tier &t : rules->tiers) {
        const int row = m_tiers->rowCount();
        m_tiers->insertRow(row);
        auto *name = new QTableWidgetItem(tierName(t.code));
        name->setData(Qt::UserRole, t.code);
        name->setFlags(Qt::ItemIsEnabled);
        m_tiers->setItem(row, 0, name);
        m_tiers->setCellWidget(row, 1, spin(0, 100'000'000, int(t.thresholdFen / 100), m_tiers));
        m_tiers->setCellWidget(row, 2, spin(0, 1000, t.multiplierPct, m_tiers));
    }
    m_expiry->setCurrentIndex(int(rules->expiry.kind));
    m_expiryMonths->setEnabled(rules->expiry.kind == points::ExpiryPolicy::Kind::Rolling);
    if (rules->expiry.kind == points::ExpiryPolicy::Kind::Rolling)
        m_expiryMonths->setValue(rules->expiry.months);
    m_threshold->setValue(int(rules->adjustThreshold));
    m_charities->setRowCount(0);
    if (auto totals = DonationService(m_context.db, m_context.clock).totals()) {
        for (const CharityTotal &c : totals.value()) {
            const int row = m_charities->rowCount();
            m_charities->insertRow(row);
            m_charities->setItem(row, 0, new QTableWidgetItem(c.project.code));
            m_charities->setItem(row, 1, new QTableWidgetItem(c.project.name));
            m_charities->setItem(row, 2, new QTableWidgetItem(QString::number(c.project.pointsPerYuan)));
            m_charities->setItem(row, 3, new QTableWidgetItem(QString::number(c.points)));
            m_charities->setItem(row, 4, new QTableWidgetItem(points::displayYuan(c.matchedFen)));
        }
    }
    fitColumns(m_rates);
    fitColumns(m_tiers);
    fitColumns(m_charities);
}

void ProgrammePage::saveRates()
{
    RulesService rules(m_context.db, m_context.clock);
    for (int row = 0; row < m_rates->rowCount(); ++row) {
        const auto *value = qobject_cast<QSpinBox *>(m_rates->cellWidget(row, 1));
        if (Status s = rules.setRate(m_context.session, m_rates->item(row, 0)->data(Qt::UserRole).toString(), value->value()); !s) {
            m_error->showError(s.error().message);
            return;
        }
    }
    m_error->showError({});
    reload();
}

void ProgrammePage::saveTiers()
{
    RulesService rules(m_context.db, m_context.clock);
    for (int row = 0; row < m_tiers->rowCount(); ++row) {
        Tier t;
        t.code = m_tiers->item(row, 0)->data(Qt::UserRole).toString();
        t.thresholdFen = qint64(qobject_cast<QSpinBox *>(m_tiers->cellWidget(row, 1))->value()) * 100;
        t.multiplierPct = qobject_cast<QSpinBox *>(m_tiers->cellWidget(row, 2))->value();
        if (Status s = rules.setTier(m_context.session, t); !s) {
            m_error->showError(s.error().message);
            reload();
            return;
        }
    }
    m_error->showError({});
    reload();
}

QString ProgrammePage::chosenExpiryPolicy() const
{
    const QString kind = m_expiry->currentData().toString();
    return kind == QLatin1String("rolling") ? QStringLiteral("rolling %1").arg(m_expiryMonths->value()) : kind;
}

void ProgrammePage::saveSettings()
{
    RulesService rules(m_context.db, m_context.clock);
    for (const auto &[key, value] : {qMakePair(QStringLiteral("points.expiry_policy"), chosenExpiryPolicy()),
                                     qMakePair(QStringLiteral("points.adjust_threshold"), QString::number(m_threshold->value()))}) {
        if (Status s = rules.setSetting(m_context.session, key, value); !s) {
            // beside the fields it is about, not at the bottom of the window
            m_settingsError->showError(s.error().message);
            return;
        }
    }
    m_settingsError->showError({});
    reload();
}

void ProgrammePage::addCharity()
{
    CharityProject p;
    p.code = m_charityCode->text().trimmed();
    p.name = m_charityName->text().trimmed();
    p.pointsPerYuan = m_charityRate->value();
    auto id = DonationService(m_context.db, m_context.clock).addProject(m_context.session, p);
    if (!id) {
        m_error->showError(id.error().message);
        return;
    }
    m_error->showError({});
    m_charityCode->clear();
    m_charityName->clear();
    reload();
}

} // namespace pd::ui
