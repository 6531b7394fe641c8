#include "catalogitemdialog.h"

#include "core/catalog/catalogservice.h"
#include "core/clock.h"
#include "core/pointsmath.h"
#include "core/rules/programmerules.h"
#include "core/members/member.h"
#include "core/stores/storeservice.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/formerror.h"
#include "ui/widgets/filechooser.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace pd::ui {

Result<QByteArray> scaledPicture(const QString &file)
{
    QImageReader reader(file);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::ui::CatalogItemDialog", "%1 is not a picture that can be read (%2).").arg(file, reader.errorString()),
                         QStringLiteral("image"));
    if (image.width() > 480 || image.height() > 480)
        image = image.scaled(480, 480, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const bool png = image.hasAlphaChannel();
    image.save(&buffer, png ? "PNG" : "JPEG", png ? -1 : 85);
    return bytes;
}

namespace {
QLineEdit *lineEdit(QWidget *parent, const char *name, const QString &text, const QString &placeholder = {})
{
    auto *e = new QLineEdit(text, parent);
    e->setObjectName(QLatin1String(name));
    e->setPlaceholderText(placeholder);
    return e;
}

QSpinBox *spin(QWidget *parent, const char *name, int min, int max, int value)
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(QLatin1String(name));
    s->setRange(min, max);
    s->setValue(value);
    s->setGroupSeparatorShown(true);
    return s;
}

DateField *dateEdit(QWidget *parent, const char *name, const QDate &date, const QDate &fallback)
{
    auto *d = new DateField(date.isValid() ? date : fallback, parent);
    d->setObjectName(QLatin1String(name));
    return d;
}
} // namespace

CatalogItemDialog::CatalogItemDialog(const AppContext &context, const CatalogItem &existing, QWidget *parent)
    : QDialog(parent), m_context(context), m_existing(existing)
{
    setObjectName(QStringLiteral("catalogItemDialog"));
    setWindowTitle(existing.id ? tr("Edit %1").arg(existing.name) : tr("Add a catalog item"));
    const CatalogItem &e = existing;
    m_code = lineEdit(this, "codeEdit", e.code, tr("e.g. LENS"));
    m_name = lineEdit(this, "nameEdit", e.name);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    for (CatalogCategory c : allCatalogCategories())
        m_category->addItem(categoryName(c), categoryCode(c));
    m_category->setCurrentIndex(std::max(0, m_category->findData(categoryCode(e.category))));
    m_description = new QPlainTextEdit(e.description, this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setMaximumHeight(60);
    m_points = spin(this, "pointsSpin", 1, 100'000'000, int(std::max<qint64>(1, e.pointsPrice)));
    m_points->setSuffix(tr(" points"));
    m_points->setSingleStep(100);
    m_cash = lineEdit(this, "cashEdit", e.cashFen ? points::formatYuan(e.cashFen) : QString(), tr("optional, in yuan"));
    m_retail = lineEdit(this, "retailEdit", e.id ? points::formatYuan(e.retailValueFen) : QString(), tr("what the item is worth, in yuan"));
    m_disclosure = new QLabel(this);
    m_disclosure->setObjectName(QStringLiteral("disclosureLabel"));
    m_disclosure->setWordWrap(true);
    m_disclosure->setStyleSheet(QStringLiteral("color: #37474f;"));

    m_unlimited = new QCheckBox(tr("Unlimited"), this);
    m_unlimited->setObjectName(QStringLiteral("unlimitedCheck"));
    m_unlimited->setChecked(e.id && !e.stock);
    m_stock = spin(this, "stockSpin", 0, 100'000'000, int(e.stock.value_or(0)));
    m_hasLimit = new QCheckBox(tr("Limit per member:"), this);
    m_hasLimit->setObjectName(QStringLiteral("limitCheck"));
    m_hasLimit->setChecked(e.limitQty.has_value());
    m_limit = spin(this, "limitSpin", 1, 10'000, e.limitQty.value_or(1));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodCombo"));
    for (LimitPeriod p : {LimitPeriod::Day, LimitPeriod::Month, LimitPeriod::Year})
        m_period->addItem(limitPeriodName(p), limitPeriodCode(p));
    m_period->setCurrentIndex(std::max(0, m_period->findData(limitPeriodCode(e.limitPeriod))));
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("tierCombo"));
    m_tier->addItem(tr("Every member"), QString());
    if (auto rules = ProgrammeRules::load(context.db)) {
        for (const Tier &t : rules->tiers)
            if (t.rank > 0)
                m_tier->addItem(tr("%1 and above").arg(tierName(t.code)), t.code);
    }
    m_tier->setCurrentIndex(std::max(0, m_tier->findData(e.minTier)));
    // whose item it is: the chain's own, or a partner merchant's (paid for in the settlement)
    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("partnerCombo"));
    m_partner->addItem(tr("The chain's own"), QString());
    // the partners that have a store: an item is collected at one of them
    if (auto partners = scenarios::partners(context.db))
        for (const EarningRate &p : partners.value())
            if (!p.stores.isEmpty())
                m_partner->addItem(p.name(), p.partnerCode());
    if (!e.partnerCode.isEmpty() && m_partner->findData(e.partnerCode) < 0)
        m_partner->addItem(e.partnerCode, e.partnerCode); // a partner whose stores have gone keeps its items
    m_partner->setCurrentIndex(std::max(0, m_partner->findData(e.partnerCode)));
    const QDate today = businessToday(context.clock);
    m_hasFrom = new QCheckBox(tr("From"), this);
    m_hasFrom->setObjectName(QStringLiteral("fromCheck"));
    m_hasFrom->setChecked(e.activeFrom.isValid());
    m_from = dateEdit(this, "fromEdit", e.activeFrom, today);
    m_hasTo = new QCheckBox(tr("until"), this);
    m_hasTo->setObjectName(QStringLiteral("toCheck"));
    m_hasTo->setChecked(e.activeTo.isValid());
    m_to = dateEdit(this, "toEdit", e.activeTo, today.addMonths(1));
    m_early = spin(this, "earlySpin", 0, 365, e.earlyAccessDays);
    m_early->setSuffix(tr(" days earlier for good credit"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (ItemStatus s : {ItemStatus::Draft, ItemStatus::Active, ItemStatus::Retired})
        m_status->addItem(itemStatusName(s), itemStatusCode(s));
    m_status->setCurrentIndex(std::max(0, m_status->findData(itemStatusCode(e.status))));

    m_picture = new QLabel(this);
    m_picture->setObjectName(QStringLiteral("pictureLabel"));
    m_picture->setFixedSize(160, 160);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setStyleSheet(QStringLiteral("border: 1px solid #ccc; background: #fafafa; color: #888;"));
    auto *choose = new QPushButton(tr("Choose picture…"), this);
    choose->setObjectName(QStringLiteral("choosePictureButton"));
    auto *remove = new QPushButton(tr("Remove picture"), this);
    remove->setObjectName(QStringLiteral("removePictureButton"));
    connect(choose, &QPushButton::clicked, this, &CatalogItemDialog::choosePicture);
    connect(remove, &QPushButton::clicked, this, [this] {
        m_pictureBytes.clear();
        m_pictureChanged = true;
        showPicture();
    });
    if (e.hasImage) {
        if (auto bytes = CatalogService(context.db, context.clock).image(context.session, e.id))
            m_pictureBytes = bytes.value();
    }

    const auto row = [this](std::initializer_list<QWidget *> widgets) {
        auto *box = new QWidget(this);
        auto *l = new QHBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        for (QWidget *w : widgets)
            l->addWidget(w);
        l->addStretch();
        return box;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Points price:"), row({m_points, new QLabel(tr("+ cash (¥):"), this), m_cash}));
    form->addRow(tr("Retail value (¥):"), m_retail);
    form->addRow(QString(), m_disclosure);
    form->addRow(tr("Stock:"), row({m_stock, m_unlimited}));
    form->addRow(QString(), row({m_hasLimit, m_limit, m_period}));
    form->addRow(tr("Who may redeem:"), m_tier);
    form->addRow(tr("Provided by:"), m_partner);
    form->addRow(tr("On offer:"), row({m_hasFrom, m_from, m_hasTo, m_to}));
    form->addRow(tr("Early access:"), m_early);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Picture:"), row({m_picture, choose, remove}));
    m_error = new FormErrorLabel(this);
    layoutFormDialog(this, form, m_error, tr("Save"), "saveButton", [this] { save(); });

    const auto sync = [this] {
        m_stock->setEnabled(!m_unlimited->isChecked());
        m_limit->setEnabled(m_hasLimit->isChecked());
        m_period->setEnabled(m_hasLimit->isChecked());
        m_from->setEnabled(m_hasFrom->isChecked());
        m_to->setEnabled(m_hasTo->isChecked());
    };
    for (QCheckBox *c : {m_unlimited, m_hasLimit, m_hasFrom, m_hasTo})
        connect(c, &QCheckBox::toggled, this, sync);
    sync();
    connect(m_points, &QSpinBox::valueChanged, this, &CatalogItemDialog::updateDisclosure);
    connect(m_cash, &QLineEdit::textChanged, this, &CatalogItemDialog::updateDisclosure);
    connect(m_retail, &QLineEdit::textChanged, this, &CatalogItemDialog::updateDisclosure);
    m_code->setReadOnly(e.id != 0);
    updateDisclosure();
    showPicture();
}

void CatalogItemDialog::choosePicture()
{
    const QString file = FileChooser::openFile(this, tr("Choose a picture"), tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"));
    if (file.isEmpty())
        return;
    auto bytes = scaledPicture(file);
    if (!bytes) {
        m_error->showError(bytes.error().message);
        return;
    }
    m_error->showError({});
    m_pictureBytes = bytes.value();
    m_pictureChanged = true;
    showPicture();
}

void CatalogItemDialog::showPicture()
{
    QPixmap pixmap;
    if (!m_pictureBytes.isEmpty() && pixmap.loadFromData(m_pictureBytes))
        m_picture->setPixmap(pixmap.scaled(m_picture->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_picture->setText(tr("No picture"));
}

void CatalogItemDialog::updateDisclosure()
{
    // what the member reads next to the item: the plain price and the value of a point
    auto item = itemFromForm();
    if (!item || item->retailValueFen <= 0) {
        m_disclosure->setText(tr("Enter the retail value: the catalog shows members what a point is worth in each item."));
        return;
    }
    m_disclosure->setText(tr("Members see: %1 points%2 for an item worth ¥%3 — one point is worth %4.")
                              .arg(QLocale().toString(item->pointsPrice))
                              .arg(item->cashFen > 0 ? tr(" + ¥%1").arg(points::displayYuan(item->cashFen)) : QString())
                              .arg(points::displayYuan(item->retailValueFen))
                              .arg(item->pointValueText()));
}

Result<CatalogItem> CatalogItemDialog::itemFromForm() const
{
    CatalogItem i = m_existing;
    i.code = m_code->text().trimmed();
    i.name = m_name->text().trimmed();
    i.category = categoryFromCode(m_category->currentData().toString()).value_or(CatalogCategory::Daily);
    i.description = m_description->toPlainText().trimmed();
    i.pointsPrice = m_points->value();
    auto cash = m_cash->text().trimmed().isEmpty() ? Result<qint64>(qint64(0)) : points::parseYuan(m_cash->text(), QStringLiteral("cash"));
    if (!cash)
        return cash.error();
    i.cashFen = cash.value();
    auto retail = points::parseYuan(m_retail->text(), QStringLiteral("retail_value"));
    if (!retail)
        return retail.error();
    i.retailValueFen = retail.value();
    i.stock = m_unlimited->isChecked() ? std::nullopt : std::optional<qint64>(m_stock->value());
    i.limitQty = m_hasLimit->isChecked() ? std::optional<int>(m_limit->value()) : std::nullopt;
    i.limitPeriod = limitPeriodFromCode(m_period->currentData().toString()).value_or(LimitPeriod::Month);
    i.minTier = m_tier->currentData().toString();
    i.partnerCode = m_partner->currentData().toString();
    // a ticked day that is not a date is a mistake to point out, never an open window
    if (m_hasFrom->isChecked() && !m_from->date().isValid())
        return makeError(ErrorCode::InvalidInput, tr("Type the first day on offer as YYYY-MM-DD."), QStringLiteral("active_from"));
    if (m_hasTo->isChecked() && !m_to->date().isValid())
        return makeError(ErrorCode::InvalidInput, tr("Type the last day on offer as YYYY-MM-DD."), QStringLiteral("active_to"));
    i.activeFrom = m_hasFrom->isChecked() ? m_from->date() : QDate();
    i.activeTo = m_hasTo->isChecked() ? m_to->date() : QDate();
    i.earlyAccessDays = m_early->value();
    i.status = itemStatusFromCode(m_status->currentData().toString()).value_or(ItemStatus::Draft);
    return i;
}

void CatalogItemDialog::focusField(const QString &field)
{
    const QHash<QString, QWidget *> widgets = {
        {QStringLiteral("code"), m_code},          {QStringLiteral("name"), m_name},
        {QStringLiteral("description"), m_description}, {QStringLiteral("points"), m_points},
        {QStringLiteral("cash"), m_cash},          {QStringLiteral("retail_value"), m_retail},
        {QStringLiteral("stock"), m_stock},        {QStringLiteral("per_member_limit"), m_limit},
        {QStringLiteral("active_from"), m_from},   {QStringLiteral("active_to"), m_to},
        {QStringLiteral("early_access_days"), m_early}, {QStringLiteral("tier"), m_tier}, {QStringLiteral("partner"), m_partner},
    };
    if (QWidget *w = widgets.value(field))
        w->setFocus();
}

void CatalogItemDialog::save()
{
    auto item = itemFromForm();
    if (!item) {
        m_error->showError(item.error().message);
        focusField(item.error().field);
        return;
    }
    CatalogService service(m_context.db, m_context.clock);
    CatalogItem saved = item.value();
    Status status;
    if (saved.id) {
        status = service.update(m_context.session, saved);
    } else {
        auto id = service.create(m_context.session, saved);
        status = id ? Status() : Status(id.error());
        if (id)
            saved.id = id.value();
    }
    if (status && m_pictureChanged)
        status = service.setImage(m_context.session, saved.id, m_pictureBytes);
    if (!status) {
        m_error->showError(status.error().message);
        focusField(status.error().field);
        if (saved.id && !m_existing.id)
            m_existing.id = saved.id; // the item exists now: a second Save updates it
        return;
    }
    emit this->saved(saved.code);
    accept();
}

} // namespace pd::ui
