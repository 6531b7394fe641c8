#include "programmepage.h"

#include "core/donations/charitymodel.h"
#include "core/donations/donationservice.h"
#include "core/pointsmath.h"
#include "core/rules/programmerules.h"
#include "core/rules/ruletables.h"
#include "core/settings/programmesettings.h"
#include "ui/dialogs/scenariodialog.h"
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
#include <QAbstractItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
// The chain's name as stored; empty when never given (or unreadable: the field then starts empty).
QString storedProgrammeName(Database &db)
{
    auto name = programmesettings::value(db, QStringLiteral("programme.name"));
    return name ? name.value() : QString();
}

QTableView *table(QWidget *parent, const char *name, QAbstractItemModel *model)
{
    auto *t = new QTableView(parent);
    t->setObjectName(QLatin1String(name));
    t->setModel(model);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
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
    m_rateModel = new EarningRatesModel(m_context.db, this);
    m_tierModel = new TiersModel(m_context.db, this);
    m_charityModel = new CharityTotalsModel(m_context.db, m_context.clock, this);
    m_rates = table(this, "ratesTable", m_rateModel);
    m_tiers = table(this, "tiersTable", m_tierModel);
    m_charities = table(this, "charitiesTable", m_charityModel);
    m_charities->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // a refused value (a rate above 10,000, a negative threshold) says why, next to the tables
    connect(m_rates->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            [this] { m_error->showError(m_rateModel->lastRefusal()); });
    connect(m_tiers->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            [this] { m_error->showError(m_tierModel->lastRefusal()); });
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
    // what a point is worth at the till and in the liability; what green goods earn
    m_pointValue = spin(1, 1'000'000, 1, this);
    m_pointValue->setObjectName(QStringLiteral("pointValueSpin"));
    m_pointValue->setSuffix(tr(" fen"));
    m_greenRate = spin(0, 1'000'000, 100, this);
    m_greenRate->setObjectName(QStringLiteral("greenRateSpin"));
    m_greenRate->setSuffix(tr(" points per ¥100"));
    m_lockMinutes = spin(1, programmesettings::kMaxDeskLockMinutes, programmesettings::kDefaultDeskLockMinutes, this);
    m_lockMinutes->setObjectName(QStringLiteral("lockMinutesSpin"));
    m_lockMinutes->setSuffix(tr(" minutes without use"));
    m_programmeName = new QLineEdit(this);
    m_programmeName->setObjectName(QStringLiteral("programmeNameEdit"));
    m_programmeName->setMaxLength(100);
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
    auto *rateButtons = new QHBoxLayout;
    rateButtons->addWidget(button("addScenarioButton", tr("New scenario or partner…"), &ProgrammePage::addScenario));
    rateButtons->addStretch(1);
    rateButtons->addWidget(button("saveRatesButton", tr("Save rates and names"), &ProgrammePage::saveRates));
    rl->addLayout(rateButtons);
    auto *tiersBox = new QGroupBox(tr("Tiers"), this);
    auto *tl = new QVBoxLayout(tiersBox);
    tl->addWidget(m_tiers);
    tl->addWidget(button("saveTiersButton", tr("Save tiers"), &ProgrammePage::saveTiers));
    auto *rulesBox = new QGroupBox(tr("Validity and approvals"), this);
    auto *fl = new QFormLayout(rulesBox);
    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_expiry, 1);
    expiry->addWidget(m_expiryMonths);
    fl->addRow(tr("Chain's name:"), m_programmeName);
    fl->addRow(tr("Points expire:"), expiry);
    fl->addRow(tr("Adjustments above this need approval:"), m_threshold);
    fl->addRow(tr("One point is worth:"), m_pointValue);
    fl->addRow(tr("Green goods earn in addition:"), m_greenRate);
    fl->addRow(tr("Desks lock themselves after:"), m_lockMinutes);
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
    for (Status s : {m_rateModel->reload(), m_tierModel->reload()})
        if (!s)
            m_error->showError(s.error().message);
    m_expiry->setCurrentIndex(int(rules->expiry.kind));
    m_expiryMonths->setEnabled(rules->expiry.kind == points::ExpiryPolicy::Kind::Rolling);
    if (rules->expiry.kind == points::ExpiryPolicy::Kind::Rolling)
        m_expiryMonths->setValue(rules->expiry.months);
    m_threshold->setValue(int(rules->adjustThreshold));
    m_pointValue->setValue(int(rules->pointValueFen));
    m_greenRate->setValue(int(rules->greenRatePer100));
    m_programmeName->setText(storedProgrammeName(m_context.db));
    auto lockMinutes = programmesettings::deskLockMinutes(m_context.db);
    m_lockMinutes->setValue(lockMinutes ? lockMinutes.value() : programmesettings::kDefaultDeskLockMinutes);
    (void)m_charityModel->reload(); // the projects are read again on the next change
    fitColumns(m_rates);
    fitColumns(m_tiers);
    fitColumns(m_charities);
}

void ProgrammePage::saveRates()
{
    auto stored = ProgrammeRules::load(m_context.db);
    if (!stored) {
        m_error->showError(stored.error().message);
        return;
    }
    RulesService rules(m_context.db, m_context.clock);
    // an unchanged rate or name is not a change for the audit trail
    for (const EarningRate &rate : m_rateModel->records()) {
        Status s;
        if (stored->ownNames.value(rate.code) != rate.ownName)
            s = rules.renameScenario(m_context.session, rate.code, rate.ownName);
        if (s && stored->ratePer100.value(rate.code, -1) != rate.ratePer100)
            s = rules.setRate(m_context.session, rate.code, rate.ratePer100);
        if (!s) {
            m_error->showError(s.error().message);
            return;
        }
    }
    m_error->showError({});
    reload();
}

void ProgrammePage::addScenario()
{
    auto *dialog = new ScenarioDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScenarioDialog::saved, this, &ProgrammePage::reload);
    dialog->open();
}

void ProgrammePage::saveTiers()
{
    if (Status s = RulesService(m_context.db, m_context.clock).setTiers(m_context.session, m_tierModel->records()); !s) {
        m_error->showError(s.error().message);
        return; // the edits stay on screen to be corrected
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
    QList<QPair<QString, QString>> settings;
    // a chain that was never named may stay unnamed; a name once given can be changed, not erased
    const QString name = m_programmeName->text().trimmed();
    if (!name.isEmpty() || !storedProgrammeName(m_context.db).isEmpty())
        settings << qMakePair(QStringLiteral("programme.name"), name);
    // the idle lock's default is not a choice until someone changes it
    if (auto lock = programmesettings::deskLockMinutes(m_context.db); !lock || lock.value() != m_lockMinutes->value())
        settings << qMakePair(programmesettings::kDeskLockMinutes, QString::number(m_lockMinutes->value()));
    for (const auto &[key, value] : settings + QList<QPair<QString, QString>>{qMakePair(QStringLiteral("points.expiry_policy"), chosenExpiryPolicy()),
                                     qMakePair(QStringLiteral("points.adjust_threshold"), QString::number(m_threshold->value())),
                                     qMakePair(QStringLiteral("points.point_value_fen"), QString::number(m_pointValue->value())),
                                     qMakePair(QStringLiteral("points.green_rate"), QString::number(m_greenRate->value()))}) {
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
