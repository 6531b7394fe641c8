#include "rulesversions.h"

#include "core/access/session.h"
#include "core/audit/auditlog.h"
#include "core/clock.h"
#include "core/compliance/rulesdiff.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace pd {

namespace {

constexpr int kMaxNoteLength = 4000;
// Reasons a refusal names before "and N more".
constexpr int kReasonsShown = 3;

const QString kColumns = QStringLiteral("version, created_at, created_by, published_on, published_by, effective_from");

RulesVersionInfo infoFrom(const QSqlQuery &q)
{
    RulesVersionInfo info;
    info.version = q.value(0).toInt();
    info.createdAt = q.value(1).toString();
    info.createdBy = q.value(2).toString();
    info.publishedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    info.publishedBy = q.value(4).toString();
    info.effectiveFrom = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    return info;
}

Error notFound(int version)
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::RulesVersions", "There is no version %1 of the rules.").arg(version));
}

Result<std::optional<RulesVersionInfo>> oneVersion(Database &db, const QString &where, const QVariantList &values,
                                                   const QString &lock = {})
{
    auto q = sql::run(db.connection(), QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM rules_versions WHERE ") + where +
                                           QStringLiteral(" LIMIT 1") + lock,
                      values);
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<RulesVersionInfo>();
    const RulesVersionInfo info = infoFrom(q.value());
    q.value().finish(); // a statement left open keeps this connection's reads in the past
    return std::optional<RulesVersionInfo>(info);
}

// Why `to` may not take effect on `effective` after `from`: it takes something away from members
// with less than the notice; empty when it may.
QString noticeRefusal(const RulesDocument &from, const RulesDocument &to, const QDate &effective, const QDate &today)
{
    const QDate earliest = today.addDays(rules::kNoticeDays);
    if (effective >= earliest)
        return {};
    QStringList reasons;
    int taken = 0;
    for (const RulesChange &c : rules::compare(from, to, effective)) {
        if (c.takesAway.isEmpty())
            continue;
        if (++taken <= kReasonsShown)
            reasons << QStringLiteral("%1 — %2").arg((c.before.isEmpty() ? c.key : c.before.constFirst()), c.takesAway);
    }
    if (taken == 0)
        return {};
    if (taken > kReasonsShown)
        reasons << QCoreApplication::translate("pd::RulesVersions", "and %1 more").arg(taken - kReasonsShown);
    return QCoreApplication::translate("pd::RulesVersions", "Version %1 takes something away from members, so it can "
                                                            "take effect on %2 at the earliest (%3 days' notice): %4")
        .arg(to.version)
        .arg(earliest.toString(Qt::ISODate))
        .arg(rules::kNoticeDays)
        .arg(reasons.join(QStringLiteral("; ")));
}

} // namespace

Result<RulesDocument> RulesVersions::live(const Session &session) const
{
    if (Status s = session.require(Permission::ComplianceChecks); !s)
        return s.error();
    return rules::buildLive(m_db, m_clock, session);
}

Result<QMap<RulesSection, QString>> RulesVersions::notes(const Session &session) const
{
    if (Status s = session.require(Permission::ComplianceChecks); !s)
        return s.error();
    return rules::savedNotes(m_db);
}

Status RulesVersions::setNote(const Session &session, RulesSection section, const QString &text)
{
    if (Status s = session.require(Permission::ComplianceChecks); !s)
        return s;
    const QString note = text.trimmed();
    if (note.size() > kMaxNoteLength)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::RulesVersions", "The text of a section may hold at most %1 characters; this one has %2.")
                             .arg(kMaxNoteLength)
                             .arg(note.size()),
                         QStringLiteral("note"));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    const QString code = rulesSectionCode(section);
    auto removed = sql::run(m_db.connection(), QStringLiteral("DELETE FROM rules_notes WHERE section = ?"), {code});
    if (!removed)
        return removed.error();
    if (!note.isEmpty()) {
        auto ins = sql::run(m_db.connection(),
                            QStringLiteral("INSERT INTO rules_notes (section, note, updated_at, updated_by) VALUES (?, ?, ?, ?)"),
                            {code, note, toStoredTime(m_clock.nowUtc()), session.username});
        if (!ins)
            return ins.error();
    }
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("rules.note"), QStringLiteral("rules"), code,
                                                  {{QStringLiteral("characters"), note.size()}});
        !s)
        return s;
    return tx.commit();
}

Result<int> RulesVersions::save(const Session &session)
{
    if (Status s = session.require(Permission::ComplianceChecks); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto doc = rules::buildLive(m_db, m_clock, session);
    if (!doc)
        return doc.error();
    auto last = sql::scalar(m_db.connection(), QStringLiteral("SELECT MAX(version) FROM rules_versions"));
    if (!last)
        return last.error();
    const int previous = last->isNull() ? 0 : last->toInt();
    if (previous > 0) {
        auto before = load(previous);
        if (!before)
            return before.error();
        if (before->sameContent(doc.value()))
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate("pd::RulesVersions", "Nothing changed since version %1: there is no new version to save.")
                                 .arg(previous));
    }
    const int version = previous + 1;
    doc.value().version = version;
    auto ins = sql::run(m_db.connection(),
                        QStringLiteral("INSERT INTO rules_versions (version, content, created_at, created_by) VALUES (?, ?, ?, ?)"),
                        {version, QString::fromUtf8(QJsonDocument(doc->toJson()).toJson(QJsonDocument::Compact)),
                         toStoredTime(m_clock.nowUtc()), session.username});
    if (!ins)
        return ins.error();
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("rules.version_saved"), QStringLiteral("rules"),
                                                  QString::number(version), {{QStringLiteral("rules"), doc->facts.size()}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return version;
}

Result<QList<RulesVersionInfo>> RulesVersions::versions(const Session &session) const
{
    if (Status s = session.require(Permission::ComplianceChecks); !s)
        return s.error();
    auto q = sql::run(m_db.connection(), QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM rules_versions ORDER BY version DESC"));
    if (!q)
        return q.error();
    QList<RulesVersionInfo> out;
    while (q.value().next())
        out << infoFrom(q.value());
    return out;
}

Result<RulesDocument> RulesVersions::document(const Session &session, int version) const
{
    if (Status s = session.require(Permission::ComplianceChecks); !s)
        return s.error();
    return load(version);
}

Result<RulesVersionInfo> RulesVersions::info(const Session &session, int version) const
{
    if (Status s = session.require(Permission::ComplianceChecks); !s)
        return s.error();
    auto one = oneVersion(m_db, QStringLiteral("version = ?"), {version});
    if (!one)
        return one.error();
    if (!one.value())
        return notFound(version);
    return *one.value();
}

Result<std::optional<RulesVersionInfo>> RulesVersions::lastPublished() const
{
    return oneVersion(m_db, QStringLiteral("effective_from IS NOT NULL ORDER BY version DESC"), {});
}

Result<RulesDocument> RulesVersions::load(int version) const
{
    auto content = sql::scalar(m_db.connection(), QStringLiteral("SELECT content FROM rules_versions WHERE version = ?"), {version});
    if (!content)
        return content.error();
    if (content->isNull())
        return notFound(version);
    auto doc = RulesDocument::fromJson(QJsonDocument::fromJson(content->toString().toUtf8()).object());
    if (!doc)
        return doc.error();
    doc.value().version = version;
    return doc;
}

Status RulesVersions::publish(const Session &session, int version, const QDate &effective)
{
    if (Status s = session.require(Permission::ComplianceChecks); !s)
        return s;
    const QDate today = businessToday(m_clock);
    if (!effective.isValid() || effective < today)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::RulesVersions", "The rules cannot take effect on %1: that day is past. Choose %2 or later.")
                             .arg(effective.toString(Qt::ISODate), today.toString(Qt::ISODate)),
                         QStringLiteral("effective"));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto target = oneVersion(m_db, QStringLiteral("version = ?"), {version}, m_db.dialect().forUpdate());
    if (!target)
        return target.error();
    if (!target.value())
        return notFound(version);
    if (target.value()->isPublished())
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("pd::RulesVersions", "Version %1 was already published: it takes effect on %2.")
                                                  .arg(version)
                                                  .arg(target.value()->effectiveFrom.toString(Qt::ISODate)));
    auto doc = load(version);
    if (!doc)
        return doc.error();
    auto last = lastPublished();
    if (!last)
        return last.error();
    if (last.value() && last.value()->version > version)
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("pd::RulesVersions", "Version %1 is older than the published "
                                                                                               "version %2: save a new version instead.")
                                                  .arg(version)
                                                  .arg(last.value()->version));
    for (RulesSection section : allRulesSections())
        if (rulesSectionNeedsNote(section) && doc->notes.value(section).trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("pd::RulesVersions", "Section \"%1\" of version %2 has no text. Write it, save a new "
                                                                              "version and publish that one.")
                                 .arg(rulesSectionTitle(section))
                                 .arg(version));
    if (last.value()) {
        const RulesVersionInfo &previous = *last.value();
        if (effective < previous.effectiveFrom)
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("pd::RulesVersions", "Version %1 takes effect on %2; a later version cannot take "
                                                                              "effect before it.")
                                 .arg(previous.version)
                                 .arg(previous.effectiveFrom.toString(Qt::ISODate)),
                             QStringLiteral("effective"));
        auto before = load(previous.version);
        if (!before)
            return before.error();
        if (const QString refusal = noticeRefusal(before.value(), doc.value(), effective, today); !refusal.isEmpty())
            return makeError(ErrorCode::InvalidInput, refusal, QStringLiteral("effective"));
    }
    auto upd = sql::run(m_db.connection(),
                        QStringLiteral("UPDATE rules_versions SET published_on = ?, published_by = ?, effective_from = ? WHERE version = ?"),
                        {today.toString(Qt::ISODate), session.username, effective.toString(Qt::ISODate), version});
    if (!upd)
        return upd.error();
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("rules.publish"), QStringLiteral("rules"), QString::number(version),
                                                  {{QStringLiteral("effective"), effective.toString(Qt::ISODate)}});
        !s)
        return s;
    return tx.commit();
}

} // namespace pd
