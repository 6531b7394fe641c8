#include "auditwords.h"

#include "core/audit/auditmodel.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/pointsmath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace pd {

namespace {

// for texts marked with QT_TRANSLATE_NOOP above them
QString translated(const char *text) { return QCoreApplication::translate("pd::AuditWords", text); }

QString keyName(const QString &key)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("points"), QT_TRANSLATE_NOOP("pd::AuditWords", "points")},
        {QStringLiteral("points_used"), QT_TRANSLATE_NOOP("pd::AuditWords", "points used")},
        {QStringLiteral("points_before"), QT_TRANSLATE_NOOP("pd::AuditWords", "points before")},
        {QStringLiteral("clawback"), QT_TRANSLATE_NOOP("pd::AuditWords", "points taken back")},
        {QStringLiteral("quantity"), QT_TRANSLATE_NOOP("pd::AuditWords", "quantity")},
        {QStringLiteral("to_new_lot"), QT_TRANSLATE_NOOP("pd::AuditWords", "points in a new lot")},
        {QStringLiteral("from"), QT_TRANSLATE_NOOP("pd::AuditWords", "from")},
        {QStringLiteral("to"), QT_TRANSLATE_NOOP("pd::AuditWords", "to")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("pd::AuditWords", "code")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("pd::AuditWords", "name")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("pd::AuditWords", "city")},
        {QStringLiteral("store"), QT_TRANSLATE_NOOP("pd::AuditWords", "store")},
        {QStringLiteral("item"), QT_TRANSLATE_NOOP("pd::AuditWords", "item")},
        {QStringLiteral("project"), QT_TRANSLATE_NOOP("pd::AuditWords", "project")},
        {QStringLiteral("adjustment"), QT_TRANSLATE_NOOP("pd::AuditWords", "adjustment")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("pd::AuditWords", "reason")},
        {QStringLiteral("delta"), QT_TRANSLATE_NOOP("pd::AuditWords", "points")},
        {QStringLiteral("members"), QT_TRANSLATE_NOOP("pd::AuditWords", "members")},
        {QStringLiteral("as_of"), QT_TRANSLATE_NOOP("pd::AuditWords", "as of")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("pd::AuditWords", "cancelled")},
        {QStringLiteral("file"), QT_TRANSLATE_NOOP("pd::AuditWords", "file")},
        {QStringLiteral("lines"), QT_TRANSLATE_NOOP("pd::AuditWords", "lines")},
        {QStringLiteral("added"), QT_TRANSLATE_NOOP("pd::AuditWords", "added")},
        {QStringLiteral("updated"), QT_TRANSLATE_NOOP("pd::AuditWords", "updated")},
        {QStringLiteral("unchanged"), QT_TRANSLATE_NOOP("pd::AuditWords", "unchanged")},
        {QStringLiteral("rejected"), QT_TRANSLATE_NOOP("pd::AuditWords", "rejected")},
        {QStringLiteral("changed"), QT_TRANSLATE_NOOP("pd::AuditWords", "changed")},
        {QStringLiteral("marketing"), QT_TRANSLATE_NOOP("pd::AuditWords", "marketing consent")},
        {QStringLiteral("marketing_consent"), QT_TRANSLATE_NOOP("pd::AuditWords", "marketing consent")},
        {QStringLiteral("points_per_yuan"), QT_TRANSLATE_NOOP("pd::AuditWords", "points per yuan")},
        {QStringLiteral("multiplier_pct"), QT_TRANSLATE_NOOP("pd::AuditWords", "multiplier %")},
        {QStringLiteral("threshold_fen"), QT_TRANSLATE_NOOP("pd::AuditWords", "threshold")},
        {QStringLiteral("cash_fen"), QT_TRANSLATE_NOOP("pd::AuditWords", "cash")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("pd::AuditWords", "status")},
        {QStringLiteral("unit_points"), QT_TRANSLATE_NOOP("pd::AuditWords", "points each")},
        {QStringLiteral("stock_before"), QT_TRANSLATE_NOOP("pd::AuditWords", "stock before")},
        {QStringLiteral("bytes"), QT_TRANSLATE_NOOP("pd::AuditWords", "bytes")},
        {QStringLiteral("username"), QT_TRANSLATE_NOOP("pd::AuditWords", "user name")},
        {QStringLiteral("os_user"), QT_TRANSLATE_NOOP("pd::AuditWords", "computer account")},
        {QStringLiteral("entry_id"), QT_TRANSLATE_NOOP("pd::AuditWords", "ledger entry")},
        {QStringLiteral("head"), QT_TRANSLATE_NOOP("pd::AuditWords", "chain head")},
        {QStringLiteral("ledger_entry"), QT_TRANSLATE_NOOP("pd::AuditWords", "last ledger entry")},
        {QStringLiteral("ledger_digest"), QT_TRANSLATE_NOOP("pd::AuditWords", "ledger digest")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("pd::AuditWords", "date")},
        {QStringLiteral("rate_per_100"), QT_TRANSLATE_NOOP("pd::AuditWords", "points per ¥100")},
        {QStringLiteral("partner"), QT_TRANSLATE_NOOP("pd::AuditWords", "partner merchant")},
        {QStringLiteral("card"), QT_TRANSLATE_NOOP("pd::AuditWords", "make-up card")},
    };
    const auto it = names.constFind(key);
    return it == names.cend() ? key : translated(*it);
}

// The few coded values details carry (a check-in's make-up card), in words.
QString codedValueInWords(const QString &key, const QString &value)
{
    static const QHash<QString, const char *> cards = {
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("pd::AuditWords", "none")},
        {QStringLiteral("free"), QT_TRANSLATE_NOOP("pd::AuditWords", "free")},
        {QStringLiteral("bought"), QT_TRANSLATE_NOOP("pd::AuditWords", "bought")},
    };
    const auto it = key == QLatin1String("card") ? cards.constFind(value) : cards.cend();
    return it == cards.cend() ? value : translated(*it);
}

QString valueInWords(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool() ? QCoreApplication::translate("pd::AuditWords", "yes") : QCoreApplication::translate("pd::AuditWords", "no");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const qint64 whole = qint64(d);
        return double(whole) == d ? QLocale().toString(whole) : QLocale().toString(d);
    }
    case QJsonValue::String: return v.toString();
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return QString();
}

// Ids of one kind of record, and the query that names them: "SELECT id, name … WHERE id IN".
struct Lookup
{
    const char *entity;
    const char *select; // selects id and the number people use, for the ids in %1
    const char *words;  // "card %1"
};

} // namespace

QString auditDetailsInWords(const QString &detailsJson)
{
    const QJsonObject o = QJsonDocument::fromJson(detailsJson.toUtf8()).object();
    QStringList parts;
    for (auto it = o.begin(); it != o.end(); ++it) {
        // amounts kept in fen read as yuan
        const QString value = it.key().endsWith(QLatin1String("_fen")) && it.value().isDouble()
                                  ? QStringLiteral("¥") + points::displayYuan(qint64(it.value().toDouble()))
                                  : codedValueInWords(it.key(), valueInWords(it.value()));
        parts << (value.isEmpty() ? keyName(it.key()) : QCoreApplication::translate("pd::AuditWords", "%1 %2").arg(keyName(it.key()), value));
    }
    return parts.join(QCoreApplication::translate("pd::AuditWords", "; "));
}

QString recordKey(const AuditRecord &r) { return r.entity + QLatin1Char('/') + r.entityId; }

Result<QHash<QString, QString>> auditRecordNames(Database &db, const QList<AuditRecord> &records)
{
    static const Lookup lookups[] = {
        {"member", "SELECT id, card_no FROM members WHERE id IN (%1)", QT_TRANSLATE_NOOP("pd::AuditWords", "card %1")},
        {"receipt", "SELECT r.id, s.code || '-' || r.receipt_no FROM receipts r JOIN stores s ON s.id = r.store_id WHERE r.id IN (%1)",
         QT_TRANSLATE_NOOP("pd::AuditWords", "receipt %1")},
        {"return", "SELECT r.id, s.code || '-' || r.return_no FROM returns r JOIN stores s ON s.id = r.store_id WHERE r.id IN (%1)",
         QT_TRANSLATE_NOOP("pd::AuditWords", "return %1")},
        {"redemption", "SELECT id, redemption_no FROM redemptions WHERE id IN (%1)", QT_TRANSLATE_NOOP("pd::AuditWords", "redemption %1")},
        {"user", "SELECT id, username FROM users WHERE id IN (%1)", QT_TRANSLATE_NOOP("pd::AuditWords", "user %1")},
        {"catalog_item", "SELECT id, code FROM catalog_items WHERE id IN (%1)", QT_TRANSLATE_NOOP("pd::AuditWords", "catalog item %1")},
        {"store", "SELECT id, code FROM stores WHERE id IN (%1)", QT_TRANSLATE_NOOP("pd::AuditWords", "store %1")},
    };
    QHash<QString, QString> names;
    for (const Lookup &l : lookups) {
        const QString entity = QLatin1String(l.entity);
        QStringList ids;
        for (const AuditRecord &r : records) {
            bool numeric = false;
            r.entityId.toLongLong(&numeric);
            if (r.entity == entity && numeric && !ids.contains(r.entityId))
                ids << r.entityId;
        }
        if (ids.isEmpty())
            continue;
        // the ids are numbers checked above, so they may stand in the statement
        auto rows = sql::run(db.connection(), QString::fromLatin1(l.select).arg(ids.join(QLatin1Char(','))));
        if (!rows)
            return rows.error();
        while (rows.value().next())
            names.insert(entity + QLatin1Char('/') + rows.value().value(0).toString(), translated(l.words).arg(rows.value().value(1).toString()));
        rows.value().finish();
    }
    for (const AuditRecord &r : records) {
        if (r.entity == QLatin1String("adjustment"))
            names.insert(recordKey(r), QCoreApplication::translate("pd::AuditWords", "adjustment #%1").arg(r.entityId));
    }
    return names;
}

QString auditRecordName(const AuditRecord &r, const QHash<QString, QString> &names)
{
    const auto it = names.constFind(recordKey(r));
    if (it != names.cend())
        return *it;
    if (r.entityId == QLatin1String("*"))
        return auditEntityName(r.entity);
    return auditEntityName(r.entity) + QLatin1Char(' ') + r.entityId;
}

} // namespace pd
