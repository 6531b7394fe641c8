#include "programmerules.h"

#include "core/audit/auditlog.h"
#include "core/access/session.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/settings/programmesettings.h"

#include <QRegularExpression>

#include <algorithm>

namespace pd {

namespace {
const QString kPointValue = QStringLiteral("points.point_value_fen");
const QString kGreenRate = QStringLiteral("points.green_rate");
const QString kExpiry = QStringLiteral("points.expiry_policy");
const QString kThreshold = QStringLiteral("points.adjust_threshold");
const QString kProgrammeName = QStringLiteral("programme.name"); // the chain's name on its settlements
} // namespace

Result<ProgrammeRules> ProgrammeRules::load(Database &db)
{
    ProgrammeRules rules;
    // rates, tiers and the four settings in one read: every operation reads them, and on a
    // server each statement is a round trip of its own
    auto rows = sql::run(db.connection(),
                         QStringLiteral("SELECT 'rate', code, CAST(rate_per_100 AS TEXT), COALESCE(name, ''), '', '' FROM earning_rates "
                                        "UNION ALL SELECT 'tier', code, CAST(rank AS TEXT), CAST(threshold_fen AS TEXT), "
                                        "CAST(multiplier_pct AS TEXT), COALESCE(perks, '') FROM tiers "
                                        "UNION ALL SELECT 'setting', key, value, '', '', '' FROM settings WHERE key IN (?, ?, ?, ?)"),
                         {kPointValue, kGreenRate, kThreshold, kExpiry});
    if (!rows)
        return rows.error();
    QHash<QString, QString> settings{{kPointValue, QStringLiteral("1")},
                                     {kGreenRate, QStringLiteral("100")},
                                     {kThreshold, QStringLiteral("1000")},
                                     {kExpiry, QStringLiteral("annual")}};
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        const QString kind = q.value(0).toString(), code = q.value(1).toString();
        if (kind == QLatin1String("rate")) {
            rules.ratePer100.insert(code, q.value(2).toInt());
            if (const QString name = q.value(3).toString(); !name.isEmpty())
                rules.ownNames.insert(code, name);
        } else if (kind == QLatin1String("tier")) {
            rules.tiers << Tier{code, q.value(2).toInt(), q.value(3).toLongLong(), q.value(4).toInt(), q.value(5).toString()};
        } else {
            settings.insert(code, q.value(2).toString());
        }
    }
    rows.value().finish();
    std::stable_sort(rules.tiers.begin(), rules.tiers.end(), [](const Tier &a, const Tier &b) { return a.rank < b.rank; });
    if (rules.tiers.isEmpty())
        return makeError(ErrorCode::Database, QCoreApplication::translate("pd::Rules", "No tiers are defined."));
    rules.pointValueFen = settings.value(kPointValue).toLongLong();
    rules.greenRatePer100 = settings.value(kGreenRate).toLongLong();
    rules.adjustThreshold = settings.value(kThreshold).toLongLong();
    auto policy = points::ExpiryPolicy::parse(settings.value(kExpiry));
    if (!policy)
        return policy.error();
    rules.expiry = policy.value();
    return rules;
}

QString ProgrammeRules::scenarioName(const QString &code) const
{
    return pd::scenarioName(code, ownNames.value(code));
}

const Tier *ProgrammeRules::tier(const QString &code) const
{
    for (const Tier &t : tiers) {
        if (t.code == code)
            return &t;
    }
    return nullptr;
}

const Tier &ProgrammeRules::tierForSpend(qint64 qualifyingSpendFen) const
{
    const Tier *best = &tiers.constFirst();
    for (const Tier &t : tiers) {
        if (qualifyingSpendFen >= t.thresholdFen)
            best = &t;
    }
    return *best;
}

QStringList RulesService::settingKeys()
{
    return {kPointValue, kGreenRate, kExpiry, kThreshold, kProgrammeName, programmesettings::kDeskLockMinutes};
}

namespace {

Status checkCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^(partner:)?[a-z0-9_]{1,32}\\z"));
    if (!pattern.match(code).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::Rules", "A scenario code has lower-case letters or digits, or is partner:<code>."),
                         QStringLiteral("code"));
    return {};
}

Status checkRate(int ratePer100)
{
    if (ratePer100 < 0 || ratePer100 > EarningRate::kMaxRate)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Rules", "A rate is 0 to 10,000 points per ¥100."),
                         QStringLiteral("rate"));
    return {};
}

// A name the counter and the settlements show: short, printable, and no other scenario's.
Status checkName(Database &db, const QString &code, const QString &name)
{
    if (name.size() > EarningRate::kMaxNameLength
        || std::any_of(name.cbegin(), name.cend(), [](QChar ch) { return ch.category() == QChar::Other_Control; }))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::Rules", "A scenario's name has at most %1 characters, on one line.").arg(EarningRate::kMaxNameLength),
                         QStringLiteral("name"));
    auto taken = sql::scalar(db.connection(), QStringLiteral("SELECT code FROM earning_rates WHERE name = ? AND code <> ?"), {name, code});
    if (!taken)
        return taken.error();
    if (!taken->isNull())
        return makeError(ErrorCode::Duplicate,
                         QCoreApplication::translate("pd::Rules", "%1 is already the name of %2.").arg(name, taken->toString()),
                         QStringLiteral("name"));
    return {};
}

} // namespace

Status RulesService::setRate(const Session &session, const QString &code, int ratePer100)
{
    if (Status s = session.require(Permission::ProgrammeSettings); !s)
        return s;
    if (Status s = checkCode(code); !s)
        return s;
    if (Status s = checkRate(ratePer100); !s)
        return s;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto r = sql::run(m_db.connection(),
                      QStringLiteral("INSERT INTO earning_rates (code, rate_per_100) VALUES (?, ?) "
                                     "ON CONFLICT (code) DO UPDATE SET rate_per_100 = excluded.rate_per_100"),
                      {code, ratePer100});
    if (!r)
        return r.error();
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("rules.rate"), QStringLiteral("setting"), code,
                                                  {{QStringLiteral("rate_per_100"), ratePer100}});
        !s)
        return s;
    return tx.commit();
}

Status RulesService::addScenario(const Session &session, const EarningRate &rate)
{
    if (Status s = session.require(Permission::ProgrammeSettings); !s)
        return s;
    if (Status s = checkCode(rate.code); !s)
        return s;
    if (Status s = checkRate(rate.ratePer100); !s)
        return s;
    const QString name = rate.ownName.trimmed();
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         rate.isPartner() ? QCoreApplication::translate("pd::Rules", "Enter the partner merchant's name.")
                                          : QCoreApplication::translate("pd::Rules", "Enter the scenario's name."),
                         QStringLiteral("name"));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto existing = sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM earning_rates WHERE code = ?"), {rate.code});
    if (!existing)
        return existing.error();
    if (existing->toLongLong() > 0)
        return makeError(ErrorCode::Duplicate,
                         QCoreApplication::translate("pd::Rules", "The code %1 is already used by %2.").arg(rate.code, scenarioName(rate.code)),
                         QStringLiteral("code"));
    if (Status s = checkName(m_db, rate.code, name); !s)
        return s;
    auto r = sql::run(m_db.connection(), QStringLiteral("INSERT INTO earning_rates (code, rate_per_100, name) VALUES (?, ?, ?)"),
                      {rate.code, rate.ratePer100, name});
    if (!r)
        return r.error();
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("rules.scenario"), QStringLiteral("setting"), rate.code,
                                                  {{QStringLiteral("name"), name}, {QStringLiteral("rate_per_100"), rate.ratePer100}});
        !s)
        return s;
    return tx.commit();
}

Status RulesService::renameScenario(const Session &session, const QString &code, const QString &name)
{
    if (Status s = session.require(Permission::ProgrammeSettings); !s)
        return s;
    const QString trimmed = name.trimmed();
    // only the seeds' scenarios have a translated name to fall back on
    if (trimmed.isEmpty() && scenarioName(code) == code)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Rules", "Enter a name for %1.").arg(code),
                         QStringLiteral("name"));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = checkName(m_db, code, trimmed); !s)
        return s;
    auto r = sql::run(m_db.connection(), QStringLiteral("UPDATE earning_rates SET name = ? WHERE code = ?"), {sql::textOrNull(trimmed), code});
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::Rules", "There is no scenario %1.").arg(code), QStringLiteral("code"));
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("rules.scenario_name"), QStringLiteral("setting"), code,
                                                  {{QStringLiteral("name"), trimmed}});
        !s)
        return s;
    return tx.commit();
}

Status RulesService::setTiers(const Session &session, const QList<Tier> &tiers)
{
    if (Status s = session.require(Permission::ProgrammeSettings); !s)
        return s;
    for (const Tier &tier : tiers)
        if (tier.thresholdFen < 0 || tier.multiplierPct < 0 || tier.multiplierPct > 1000)
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("pd::Rules", "A tier needs a threshold of at least ¥0 and a multiplier of 0 to 1000 %."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    for (const Tier &tier : tiers) {
        auto r = sql::run(m_db.connection(), QStringLiteral("UPDATE tiers SET threshold_fen = ?, multiplier_pct = ?, perks = ? WHERE code = ?"),
                          {tier.thresholdFen, tier.multiplierPct, tier.perks, tier.code});
        if (!r)
            return r.error();
        if (r.value().numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::Rules", "There is no tier %1.").arg(tier.code));
        if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("rules.tier"), QStringLiteral("setting"), tier.code,
                                                      {{QStringLiteral("threshold_fen"), tier.thresholdFen},
                                                       {QStringLiteral("multiplier_pct"), tier.multiplierPct},
                                                       {QStringLiteral("perks"), tier.perks}});
            !s)
            return s;
    }
    // checked once all are written, so that raising two tiers together is one change; thresholds
    // must rise with rank, or "the highest tier the spend reaches" is ambiguous
    auto order = sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM tiers a JOIN tiers b ON a.rank < b.rank "
                                                               "WHERE a.threshold_fen >= b.threshold_fen"));
    if (!order)
        return order.error();
    if (order.value().toLongLong() > 0)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::Rules", "Each tier's threshold must be above the one of the tier below it."),
                         QStringLiteral("threshold"));
    return tx.commit();
}

Status RulesService::setSetting(const Session &session, const QString &key, const QString &value)
{
    if (Status s = session.require(Permission::ProgrammeSettings); !s)
        return s;
    bool ok = true;
    if (key == kExpiry) {
        auto policy = points::ExpiryPolicy::parse(value);
        if (!policy)
            return policy.error();
    } else if (key == kPointValue || key == kGreenRate || key == kThreshold) {
        const qint64 n = value.toLongLong(&ok);
        if (!ok || n < (key == kGreenRate ? 0 : 1) || n > 1'000'000)
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Rules", "\"%1\" is not a valid number here.").arg(value), key);
    } else if (key == programmesettings::kDeskLockMinutes) {
        bool ok = false;
        const int minutes = value.toInt(&ok);
        if (!ok || minutes < 1 || minutes > programmesettings::kMaxDeskLockMinutes)
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("pd::Rules", "A desk locks itself after 1 to %1 minutes without use.")
                                 .arg(programmesettings::kMaxDeskLockMinutes),
                             key);
    } else if (key == kProgrammeName) {
        if (value != value.trimmed() || value.isEmpty() || value.size() > 100)
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("pd::Rules", "Give the chain a name of 1 to 100 characters."), key);
    } else {
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::Rules", "There is no setting %1.").arg(key), key);
    }
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto before = programmesettings::value(m_db, key);
    if (!before)
        return before.error();
    if (before.value() == value)
        return {}; // saving a form of settings leaves those not changed as they were, and off the record
    if (Status s = programmesettings::setInTransaction(m_db, key, value); !s)
        return s;
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("settings.change"), QStringLiteral("setting"), key,
                                                  {{QStringLiteral("from"), before.value()}, {QStringLiteral("to"), value}});
        !s)
        return s;
    return tx.commit();
}

} // namespace pd
