#include "campaigndialog.h"

#include "core/campaigns/campaignservice.h"
#include "core/campaigns/campaignterms.h"
#include "core/campaigns/badgerules.h"
#include "core/campaigns/streak.h"
#include "core/catalog/catalogservice.h"
#include "core/clock.h"
#include "core/pointsmath.h"
#include "core/receipts/earning.h"
#include "core/redemption/redemptionterms.h"
#include "core/rules/programmerules.h"
#include "core/stores/storeservice.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/formerror.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QListWidget *checkList(QWidget *parent, const char *name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(QLatin1String(name));
    list->setMaximumHeight(90);
    return list;
}

void addCheckable(QListWidget *list, const QString &text, const QString &code)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, code);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
}

QStringList checkedCodes(const QListWidget *list)
{
    QStringList codes;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            codes << list->item(i)->data(Qt::UserRole).toString();
    return codes;
}

void check(QListWidget *list, const QStringList &codes)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(codes.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

QSpinBox *spin(QWidget *parent, const char *name, int min, int max, const QString &special = {})
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(QLatin1String(name));
    s->setRange(min, max);
    s->setGroupSeparatorShown(true);
    if (!special.isEmpty())
        s->setSpecialValueText(special);
    return s;
}

QLineEdit *line(QWidget *parent, const char *name, const QString &placeholder = {})
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setPlaceholderText(placeholder);
    return e;
}

} // namespace

CampaignDialog::CampaignDialog(const AppContext &context, const std::optional<Campaign> &existing, QWidget *parent)
    : QDialog(parent), m_context(context), m_existing(existing)
{
    setObjectName(QStringLiteral("campaignDialog"));
    setWindowTitle(existing ? tr("Campaign %1").arg(existing->code) : tr("New campaign"));
    buildFields();
    if (existing)
        fill(*existing);
    else
        updatePreview();
}

void CampaignDialog::buildFields()
{
    const QDate today = businessToday(m_context.clock);
    m_code = line(this, "codeEdit", tr("e.g. MKT-DAY-2027"));
    m_name = line(this, "nameEdit", tr("as members see it, e.g. 赶集日双倍积分"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    for (CampaignType t : {CampaignType::Multiplier, CampaignType::Welcome, CampaignType::FirstPurchase, CampaignType::Sale, CampaignType::Checkin, CampaignType::Badges})
        m_type->addItem(campaignTypeName(t), campaignTypeCode(t));
    m_from = new DateField(today.addDays(7), this);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to = new DateField(today.addDays(37), this);
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_terms = new QPlainTextEdit(this);
    m_terms->setObjectName(QStringLiteral("termsEdit"));
    m_terms->setPlaceholderText(tr("the conditions in your words, as members will read them (needed to submit)"));
    m_terms->setMaximumHeight(70);

    m_stores = checkList(this, "storesList");
    if (auto stores = StoreService(m_context.db, m_context.clock).stores())
        for (const Store &s : stores.value())
            addCheckable(m_stores, QStringLiteral("%1 %2").arg(s.code, s.name), s.code);
    m_scenarios = checkList(this, "scenariosList");
    m_tiers = checkList(this, "tiersList");
    // read once: the previews follow every keystroke and read nothing more
    if (auto rules = ProgrammeRules::load(m_context.db)) {
        m_rules = rules.value();
        for (auto it = m_rules->ratePer100.cbegin(); it != m_rules->ratePer100.cend(); ++it)
            addCheckable(m_scenarios, m_rules->scenarioName(it.key()), it.key());
        for (const Tier &t : m_rules->tiers)
            addCheckable(m_tiers, tierName(t.code), t.code);
    }
    m_minAmount = line(this, "minAmountEdit", tr("no minimum"));
    m_budget = spin(this, "budgetSpin", 0, 1'000'000'000, tr("no budget"));
    m_memberCap = spin(this, "memberCapSpin", 0, 1'000'000'000, tr("no cap"));
    // wide on purpose: a percent outside 101–1000 gets the engine's own words, not a silent stop
    m_percent = spin(this, "percentSpin", 0, 100'000);
    m_percent->setValue(200);
    m_percent->setSuffix(QStringLiteral(" %"));
    auto *weekdays = m_weekdayRow = new QHBoxLayout;
    const QStringList dayNames = {tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")};
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(dayNames.at(d - 1), this);
        box->setObjectName(QStringLiteral("weekday%1").arg(d));
        m_weekdays << box;
        weekdays->addWidget(box);
    }
    m_monthDays = line(this, "monthDaysEdit", tr("e.g. 1, 15"));
    m_dates = line(this, "datesEdit", tr("e.g. 2027-05-20, 2027-06-18"));
    m_points = spin(this, "pointsSpin", 0, 100'000'000);
    m_item = new QComboBox(this);
    m_item->setObjectName(QStringLiteral("itemCombo"));
    if (auto items = CatalogService(m_context.db, m_context.clock).items(m_context.session)) {
        for (const CatalogItem &i : items.value()) {
            m_item->addItem(tr("%1 %2 (%3 points)").arg(i.code, i.name, points::displayPoints(i.pointsPrice)), i.code);
            m_items.insert(i.code, i);
        }
    }
    m_saleCash = line(this, "saleCashEdit", tr("the catalog's cash part"));
    m_dailyPoints = spin(this, "dailyPointsSpin", 0, 100'000);
    m_dailyPoints->setValue(5);
    m_streakBonus = line(this, "streakBonusEdit", tr("day: points, e.g. 3: 10, 7: 50"));
    m_streakBonus->setText(QStringLiteral("3: 10, 7: 50"));
    m_cycleDays = spin(this, "cycleDaysSpin", 0, 366, tr("no cycle: the days keep counting"));
    m_cycleDays->setValue(7);
    m_freeCards = spin(this, "freeCardsSpin", 0, 31, tr("none"));
    m_freeCards->setValue(1);
    m_cardPrice = spin(this, "cardPriceSpin", 0, 1'000'000, tr("not for sale"));
    m_cardPrice->setValue(20);
    m_makeupWindow = spin(this, "makeupWindowSpin", 0, 31, tr("no make-up check-ins"));
    m_makeupWindow->setValue(7);
    m_badgeLines = new QPlainTextEdit(this);
    m_badgeLines->setObjectName(QStringLiteral("badgeLinesEdit"));
    m_badgeLines->setPlaceholderText(tr("one badge a line: CODE | name | rule | number [| scenario]\n"
                                        "VISIT5 | 到店5次 | visits | 5\nFUEL500 | 加油满500元 | spend | 500 | fuel\n"
                                        "rules: visits, green, scenarios, spend (yuan), streak (check-ins in a row)"));
    m_badgeLines->setMaximumHeight(110);
    m_rewardPoints = spin(this, "rewardPointsSpin", 0, 1'000'000, tr("no points"));
    m_rewardItem = new QComboBox(this);
    m_rewardItem->setObjectName(QStringLiteral("rewardItemCombo"));
    m_rewardItem->addItem(tr("no prize"), QString());
    QStringList codes = m_items.keys();
    codes.sort();
    for (const QString &code : std::as_const(codes))
        m_rewardItem->addItem(QStringLiteral("%1 %2").arg(code, m_items.value(code).name), code);

    m_form = new QFormLayout;
    m_form->addRow(tr("Code:"), m_code);
    m_form->addRow(tr("Name:"), m_name);
    m_form->addRow(tr("Type:"), m_type);
    auto *window = new QHBoxLayout;
    window->addWidget(m_from);
    window->addWidget(new QLabel(tr("to"), this));
    window->addWidget(m_to);
    m_form->addRow(tr("Dates:"), window);
    m_form->addRow(tr("Multiplier:"), m_percent);
    m_form->addRow(tr("Weekdays:"), weekdays);
    m_form->addRow(tr("Days of the month:"), m_monthDays);
    m_form->addRow(tr("Single dates:"), m_dates);
    m_form->addRow(tr("Item on sale:"), m_item);
    m_form->addRow(tr("Points:"), m_points);
    m_form->addRow(tr("Sale cash part ¥:"), m_saleCash);
    m_form->addRow(tr("Points a day:"), m_dailyPoints);
    m_form->addRow(tr("Days in a row (bonus):"), m_streakBonus);
    m_form->addRow(tr("Cycle (days):"), m_cycleDays);
    m_form->addRow(tr("Free make-up cards a month:"), m_freeCards);
    m_form->addRow(tr("Price of a further card (points):"), m_cardPrice);
    m_form->addRow(tr("Make-up reaches back (days):"), m_makeupWindow);
    m_form->addRow(tr("Badges:"), m_badgeLines);
    m_form->addRow(tr("Reward points for the set:"), m_rewardPoints);
    m_form->addRow(tr("Prize for the set:"), m_rewardItem);
    m_form->addRow(tr("Stores (none: all):"), m_stores);
    m_form->addRow(tr("Scenarios (none: all):"), m_scenarios);
    m_form->addRow(tr("Tiers (none: all):"), m_tiers);
    m_form->addRow(tr("Minimum amount ¥:"), m_minAmount);
    m_form->addRow(tr("Budget (points):"), m_budget);
    m_form->addRow(tr("Per member (points):"), m_memberCap);
    m_form->addRow(tr("Terms:"), m_terms);

    m_calendar = new QCalendarWidget(this);
    m_calendar->setObjectName(QStringLiteral("scheduleCalendar"));
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_sample = new QLabel(this);
    m_sample->setObjectName(QStringLiteral("sampleLabel"));
    m_sample->setWordWrap(true);
    m_sample->setStyleSheet(QStringLiteral("background: #f1f8e9; padding: 6px;"));
    m_membersRead = new QLabel(this);
    m_membersRead->setObjectName(QStringLiteral("membersTermsLabel"));
    m_membersRead->setWordWrap(true);
    m_membersRead->setStyleSheet(QStringLiteral("background: #fffde7; padding: 6px;"));
    m_membersRead->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_membersRead->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_versionNote = new QLabel(this);
    m_versionNote->setObjectName(QStringLiteral("versionNote"));
    m_versionNote->setWordWrap(true);
    m_versionNote->setVisible(false);

    auto *side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("Days it applies:"), this));
    side->addWidget(m_calendar);
    side->addWidget(new QLabel(tr("A sample:"), this));
    side->addWidget(m_sample);
    side->addWidget(new QLabel(tr("As members will read it:"), this));
    side->addWidget(m_membersRead, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(m_form, 3);
    columns->addLayout(side, 2);
    auto *body = new QVBoxLayout;
    body->addWidget(m_versionNote);
    body->addLayout(columns);

    m_error = new FormErrorLabel(this);
    QPushButton *saveButton = layoutFormDialog(this, body, m_error, tr("Save draft"), "saveButton", [this] { save(false); });
    auto *buttons = qobject_cast<QDialogButtonBox *>(saveButton->parentWidget());
    QPushButton *submit = buttons->addButton(tr("Save and submit for approval"), QDialogButtonBox::ActionRole);
    submit->setObjectName(QStringLiteral("submitButton"));
    connect(submit, &QPushButton::clicked, this, [this] { save(true); });

    for (QLineEdit *e : {m_code, m_name, m_minAmount, m_monthDays, m_dates, m_saleCash, m_streakBonus})
        connect(e, &QLineEdit::textChanged, this, &CampaignDialog::updatePreview);
    for (DateField *d : {m_from, m_to})
        connect(d, &DateField::dateChanged, this, &CampaignDialog::updatePreview);
    for (QSpinBox *s : {m_budget, m_memberCap, m_percent, m_points, m_dailyPoints, m_cycleDays, m_freeCards, m_cardPrice, m_makeupWindow})
        connect(s, &QSpinBox::valueChanged, this, &CampaignDialog::updatePreview);
    for (QComboBox *c : {m_type, m_item, m_rewardItem})
        connect(c, &QComboBox::currentIndexChanged, this, &CampaignDialog::updatePreview);
    connect(m_badgeLines, &QPlainTextEdit::textChanged, this, &CampaignDialog::updatePreview);
    connect(m_rewardPoints, &QSpinBox::valueChanged, this, &CampaignDialog::updatePreview);
    for (QCheckBox *c : std::as_const(m_weekdays))
        connect(c, &QCheckBox::toggled, this, &CampaignDialog::updatePreview);
    for (QListWidget *l : {m_stores, m_scenarios, m_tiers})
        connect(l, &QListWidget::itemChanged, this, &CampaignDialog::updatePreview);
    connect(m_terms, &QPlainTextEdit::textChanged, this, &CampaignDialog::updatePreview);
    resize(980, 720);
}

void CampaignDialog::fill(const Campaign &c)
{
    m_code->setText(c.code);
    m_code->setReadOnly(true);
    m_name->setText(c.name);
    m_type->setCurrentIndex(std::max(0, m_type->findData(campaignTypeCode(c.type))));
    m_from->setDate(c.from);
    m_to->setDate(c.to);
    m_terms->setPlainText(c.terms);
    check(m_stores, c.stores);
    check(m_scenarios, c.scenarios);
    check(m_tiers, c.tiers);
    m_minAmount->setText(c.minAmountFen ? points::formatYuan(*c.minAmountFen) : QString());
    m_budget->setValue(int(c.budgetPoints.value_or(0)));
    m_memberCap->setValue(int(c.memberCapPoints.value_or(0)));
    m_percent->setValue(c.percent ? c.percent : 200);
    for (int d = 1; d <= 7; ++d)
        m_weekdays.at(d - 1)->setChecked(c.weekdays.contains(d));
    QStringList days, dates;
    for (int d : c.monthDays)
        days << QString::number(d);
    for (const QDate &d : c.dates)
        dates << d.toString(Qt::ISODate);
    m_monthDays->setText(days.join(QStringLiteral(", ")));
    m_dates->setText(dates.join(QStringLiteral(", ")));
    m_points->setValue(int(c.points));
    m_item->setCurrentIndex(std::max(0, m_item->findData(c.item)));
    m_saleCash->setText(c.saleCashFen ? points::formatYuan(*c.saleCashFen) : QString());
    if (c.type == CampaignType::Checkin) {
        m_dailyPoints->setValue(int(c.checkin.dailyPoints));
        m_streakBonus->setText(streaks::bonusesText(c.checkin.streakBonus));
        m_cycleDays->setValue(c.checkin.cycleDays);
        m_freeCards->setValue(c.checkin.makeupFreePerMonth);
        m_cardPrice->setValue(int(c.checkin.makeupCostPoints));
        m_makeupWindow->setValue(c.checkin.makeupWindowDays);
    }
    if (c.type == CampaignType::Badges) {
        m_badgeLines->setPlainText(badgerules::lines(c.badgeSet.badges));
        m_rewardPoints->setValue(int(c.badgeSet.rewardPoints));
        m_rewardItem->setCurrentIndex(std::max(0, m_rewardItem->findData(c.badgeSet.rewardItem)));
    }
    if (c.status != CampaignStatus::Draft) {
        m_versionNote->setText(c.status == CampaignStatus::Submitted
                                   ? tr("Version %1 waits for approval: it cannot change until it is decided.").arg(c.version)
                                   : tr("Version %1 is %2. Saving makes version %3, a draft; version %1 stays as it is until the new one is approved.")
                                         .arg(c.version)
                                         .arg(campaignStatusName(c.status))
                                         .arg(c.version + 1));
        m_versionNote->setVisible(true);
    }
    updatePreview();
}

Campaign CampaignDialog::campaignFromFields() const
{
    Campaign c = m_existing.value_or(Campaign());
    c.code = m_code->text().trimmed();
    c.name = m_name->text().trimmed();
    c.type = campaignTypeFromCode(m_type->currentData().toString()).value_or(CampaignType::Multiplier);
    c.from = m_from->date();
    c.to = m_to->date();
    c.terms = m_terms->toPlainText().trimmed();
    c.stores = checkedCodes(m_stores);
    c.scenarios = checkedCodes(m_scenarios);
    c.tiers = checkedCodes(m_tiers);
    c.minAmountFen.reset();
    if (auto fen = points::parseYuan(m_minAmount->text().trimmed(), QStringLiteral("min_amount")); fen && !m_minAmount->text().trimmed().isEmpty())
        c.minAmountFen = fen.value();
    c.budgetPoints = m_budget->value() > 0 ? std::optional<qint64>(m_budget->value()) : std::nullopt;
    c.memberCapPoints = m_memberCap->value() > 0 ? std::optional<qint64>(m_memberCap->value()) : std::nullopt;
    c.percent = c.type == CampaignType::Multiplier ? m_percent->value() : 0;
    c.weekdays.clear();
    c.monthDays.clear();
    c.dates.clear();
    if (c.type == CampaignType::Multiplier) {
        for (int d = 1; d <= 7; ++d)
            if (m_weekdays.at(d - 1)->isChecked())
                c.weekdays << d;
        for (const QString &part : m_monthDays->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            c.monthDays << part.trimmed().toInt();
        for (const QString &part : m_dates->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            c.dates << QDate::fromString(part.trimmed(), Qt::ISODate);
    }
    c.points = c.type == CampaignType::Multiplier ? 0 : m_points->value();
    c.item = c.type == CampaignType::Sale ? m_item->currentData().toString() : QString();
    c.saleCashFen.reset();
    if (c.type == CampaignType::Sale && !m_saleCash->text().trimmed().isEmpty())
        if (auto fen = points::parseYuan(m_saleCash->text().trimmed(), QStringLiteral("cash")))
            c.saleCashFen = fen.value();
    c.checkin = CheckinLadder();
    if (c.type == CampaignType::Checkin) {
        c.checkin.dailyPoints = m_dailyPoints->value();
        if (auto typed = streaks::parseBonuses(m_streakBonus->text()))
            c.checkin.streakBonus = typed.value();
        c.checkin.cycleDays = m_cycleDays->value();
        c.checkin.makeupFreePerMonth = m_freeCards->value();
        c.checkin.makeupCostPoints = m_cardPrice->value();
        c.checkin.makeupWindowDays = m_makeupWindow->value();
    }
    c.badgeSet = BadgeSet();
    if (c.type == CampaignType::Badges) {
        if (auto typed = badgerules::parseLines(m_badgeLines->toPlainText()))
            c.badgeSet.badges = typed.value();
        c.badgeSet.rewardPoints = m_rewardPoints->value();
        c.badgeSet.rewardItem = m_rewardItem->currentData().toString();
    }
    return c;
}

void CampaignDialog::showSchedule(const Campaign &c)
{
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat()); // clears every date's format
    if (!c.from.isValid() || !c.to.isValid() || c.to < c.from || c.to.toJulianDay() - c.from.toJulianDay() > 800)
        return;
    QTextCharFormat on;
    on.setBackground(QColor(QStringLiteral("#d32f2f")));
    on.setForeground(Qt::white);
    on.setFontWeight(QFont::Bold);
    QTextCharFormat bonus = on; // a check-in ladder: the days that pay a bonus to a member who comes every day from the start
    bonus.setBackground(QColor(QStringLiteral("#ef6c00")));
    for (QDate d = c.from; d <= c.to; d = d.addDays(1)) {
        if (c.type == CampaignType::Checkin) {
            const qint64 extra = c.checkin.bonusAt(c.checkin.positionAt(int(c.from.daysTo(d)) + 1));
            QTextCharFormat f = extra > 0 ? bonus : QTextCharFormat();
            f.setToolTip(extra > 0 ? tr("Day %1 in a row: %2 + %3 points").arg(c.from.daysTo(d) + 1).arg(c.checkin.dailyPoints).arg(extra)
                                   : tr("%1 points").arg(c.checkin.dailyPoints));
            if (extra == 0)
                f.setBackground(QColor(QStringLiteral("#ffe0b2")));
            m_calendar->setDateTextFormat(d, f);
        } else if (c.type != CampaignType::Multiplier || c.scheduledOn(d)) {
            m_calendar->setDateTextFormat(d, on);
        }
    }
    if (m_calendar->yearShown() != c.from.year() || m_calendar->monthShown() != c.from.month())
        m_calendar->setCurrentPage(c.from.year(), c.from.month());
}

QString CampaignDialog::sampleText(const Campaign &c) const
{
    QDate day;
    for (QDate d = c.from; d.isValid() && d <= c.to && !day.isValid(); d = d.addDays(1))
        if (c.type != CampaignType::Multiplier || c.scheduledOn(d))
            day = d;
    if (!day.isValid())
        return tr("No day of the dates matches the schedule.");
    if (!m_rules)
        return tr("The programme's rules could not be read.");
    const QString scenario = c.scenarios.value(0, QStringLiteral("supermarket"));
    const QString tier = c.tiers.value(0, QStringLiteral("gold"));
    const qint64 amount = std::max<qint64>(10000, c.minAmountFen.value_or(0));
    switch (c.type) {
    case CampaignType::Multiplier:
    case CampaignType::FirstPurchase: {
        Campaign sample = c;
        sample.status = CampaignStatus::Approved;
        const EarningInput receipt{scenario, amount, 0};
        const MemberAtPosting member{tier, CreditStanding::Normal};
        auto with = earningFor(*m_rules, member, receipt, QList<CampaignOffer>{{sample, std::nullopt}});
        auto without = earningFor(*m_rules, member, receipt, 100);
        if (!with || !without)
            return with ? without.error().message : with.error().message;
        const QString who = c.type == CampaignType::FirstPurchase ? tr("a first purchase of ¥%1").arg(points::displayYuan(amount))
                                                                   : tr("a ¥%1 receipt").arg(points::displayYuan(amount));
        return tr("On %1, %2 (%3) from a %4 member earns %5 points; without the campaign %6.")
            .arg(day.toString(Qt::ISODate), who, m_rules->scenarioName(scenario), tierName(tier), points::displayPoints(with->total()),
                 points::displayPoints(without->total()));
    }
    case CampaignType::Welcome:
        return tr("A member who joins on %1 receives %2 points.").arg(day.toString(Qt::ISODate), points::displayPoints(c.points));
    case CampaignType::Sale: {
        const auto item = m_items.constFind(c.item);
        if (item == m_items.cend() || c.points <= 0)
            return tr("Choose the item and its sale price.");
        return saleDescription(*item, c); // as the catalog and the counter will show it
    }
    case CampaignType::Badges: {
        if (auto typed = badgerules::parseLines(m_badgeLines->toPlainText()); !typed)
            return typed.error().message;
        if (c.badgeSet.badges.isEmpty())
            return tr("Write the badges, one a line.");
        QStringList needs;
        for (const BadgeRule &b : c.badgeSet.badges)
            needs << badgerules::ruleText(b);
        return tr("A member completes the set with all of: %1.").arg(needs.join(QStringLiteral("; ")));
    }
    case CampaignType::Checkin: {
        if (auto typed = streaks::parseBonuses(m_streakBonus->text()); !typed)
            return typed.error().message;
        const streaks::Straight s = streaks::everyDayOfACycle(c.checkin);
        return tr("A member who checks in every day for %1 days earns %2 points: %3 for the days and %4 in streak bonuses.")
            .arg(s.days)
            .arg(points::displayPoints(s.dailyPoints + s.bonusPoints), points::displayPoints(s.dailyPoints), points::displayPoints(s.bonusPoints));
    }
    }
    return {};
}

void CampaignDialog::updatePreview()
{
    const Campaign c = campaignFromFields();
    const bool multiplier = c.type == CampaignType::Multiplier, sale = c.type == CampaignType::Sale;
    for (QWidget *w : {static_cast<QWidget *>(m_percent), static_cast<QWidget *>(m_monthDays), static_cast<QWidget *>(m_dates)})
        m_form->setRowVisible(w, multiplier);
    m_form->setRowVisible(m_weekdayRow, multiplier);
    m_form->setRowVisible(m_item, sale);
    m_form->setRowVisible(m_saleCash, sale);
    const bool checkin = c.type == CampaignType::Checkin;
    m_form->setRowVisible(m_points, !multiplier && !checkin);
    for (QWidget *w : {static_cast<QWidget *>(m_dailyPoints), static_cast<QWidget *>(m_streakBonus), static_cast<QWidget *>(m_cycleDays),
                       static_cast<QWidget *>(m_freeCards), static_cast<QWidget *>(m_cardPrice), static_cast<QWidget *>(m_makeupWindow)})
        m_form->setRowVisible(w, checkin);
    const bool badges = c.type == CampaignType::Badges;
    m_form->setRowVisible(m_points, !multiplier && !checkin && !badges);
    for (QWidget *w : {static_cast<QWidget *>(m_badgeLines), static_cast<QWidget *>(m_rewardPoints), static_cast<QWidget *>(m_rewardItem)})
        m_form->setRowVisible(w, badges);
    showSchedule(c);
    m_sample->setText(sampleText(c));
    m_membersRead->setText(campaignTermsForMembers(c));
}

void CampaignDialog::save(bool submit)
{
    if (campaignTypeFromCode(m_type->currentData().toString()) == CampaignType::Badges) {
        if (auto typed = badgerules::parseLines(m_badgeLines->toPlainText()); !typed) {
            m_error->showError(typed.error().message);
            return;
        }
    }
    if (campaignTypeFromCode(m_type->currentData().toString()) == CampaignType::Checkin) {
        if (auto typed = streaks::parseBonuses(m_streakBonus->text()); !typed) {
            m_error->showError(typed.error().message);
            return;
        }
    }
    CampaignService service(m_context.db, m_context.clock);
    QList<FieldProblem> problems;
    auto saved = service.saveDraft(m_context.session, campaignFromFields(), problems);
    if (!saved) {
        // the first problem, in the engine's words, beside the field it is about
        m_error->showError(problems.isEmpty() ? saved.error().message : problems.constFirst().field + QStringLiteral(": ") + problems.constFirst().reason);
        return;
    }
    if (submit) {
        if (Status s = service.submit(m_context.session, saved->code); !s) {
            m_error->showError(s.error().message);
            m_existing = saved.value(); // saved as a draft: the next save changes it
            emit this->saved(saved->code);
            return;
        }
    }
    emit this->saved(saved->code);
    accept();
}

} // namespace pd::ui
