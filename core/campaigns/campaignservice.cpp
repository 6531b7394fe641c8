#include "campaignservice.h"

#include "core/access/session.h"
#include "core/audit/auditlog.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/rules/programmerules.h"
#include "core/settings/programmesettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>

namespace pd {

namespace {

QString say(const char *text) { return QCoreApplication::translate("pd::CampaignService", text); }

const QString kColumns = QStringLiteral("SELECT id, version, status, definition, awarded_points, author_id, author_name, decided_by_name, "
                                        "decided_at, reason FROM campaigns ");

Result<Campaign> fromRow(const QSqlQuery &q)
{
    auto parsed = Campaign::fromStoredDefinition(q.value(3).toString());
    if (!parsed)
        return parsed.error();
    Campaign c = parsed.value();
    c.id = q.value(0).toLongLong();
    c.version = q.value(1).toInt();
    c.status = campaignStatusFromCode(q.value(2).toString()).value_or(CampaignStatus::Draft);
    c.awardedPoints = q.value(4).toLongLong();
    c.authorId = q.value(5).toLongLong();
    c.authorName = q.value(6).toString();
    c.decidedByName = q.value(7).toString();
    c.decidedAt = q.value(8).toString();
    c.reason = q.value(9).toString();
    return c;
}

Error notFound(const QString &code)
{
    return makeError(ErrorCode::NotFound, say(QT_TRANSLATE_NOOP("pd::CampaignService", "There is no campaign %1.")).arg(code), QStringLiteral("code"));
}

Error wrongState(const Campaign &c, const char *what)
{
    return makeError(ErrorCode::Conflict, say(what).arg(c.code, campaignStatusName(c.status)), QStringLiteral("status"));
}

Error problemsError(const QList<FieldProblem> &problems)
{
    QStringList lines;
    for (const FieldProblem &p : problems)
        lines << p.field + QStringLiteral(": ") + p.reason;
    return makeError(ErrorCode::InvalidInput, lines.join(QLatin1Char('\n')), problems.isEmpty() ? QString() : problems.constFirst().field);
}

} // namespace

Result<CampaignContext> CampaignService::context() const
{
    CampaignContext context;
    auto rules = ProgrammeRules::load(m_db);
    if (!rules)
        return rules.error();
    for (auto it = rules->ratePer100.cbegin(); it != rules->ratePer100.cend(); ++it)
        context.scenarios.insert(it.key());
    for (const Tier &t : rules->tiers)
        context.tiers.insert(t.code);
    auto stores = sql::run(m_db.connection(), QStringLiteral("SELECT code FROM stores"));
    if (!stores)
        return stores.error();
    while (stores.value().next())
        context.stores.insert(stores.value().value(0).toString());
    auto items = sql::run(m_db.connection(), QStringLiteral("SELECT code, points_price FROM catalog_items"));
    if (!items)
        return items.error();
    while (items.value().next())
        context.itemPrices.insert(items.value().value(0).toString(), items.value().value(1).toLongLong());
    auto cap = programmesettings::value(m_db, QStringLiteral("campaigns.welcome_cap"), QStringLiteral("500"));
    if (!cap)
        return cap.error();
    context.welcomeCap = cap.value().toLongLong();
    return context;
}

Result<Campaign> CampaignService::latest(const QString &code, bool lock) const
{
    auto rows = sql::run(m_db.connection(),
                         kColumns + QStringLiteral("WHERE code = ? ORDER BY version DESC LIMIT 1") + (lock ? m_db.dialect().forUpdate() : QString()),
                         {code});
    if (!rows)
        return rows.error();
    if (!rows.value().next())
        return notFound(code);
    auto found = fromRow(rows.value());
    rows.value().finish(); // a statement left open would hold SQLite's read snapshot
    return found;
}

Result<QList<Campaign>> CampaignService::campaigns(const Session &session) const
{
    if (Status s = session.require(Permission::CampaignRead); !s)
        return s.error();
    auto rows = sql::run(m_db.connection(), kColumns + QStringLiteral("c WHERE version = (SELECT MAX(version) FROM campaigns v WHERE v.code = c.code) "
                                                                      "ORDER BY from_date DESC, code"));
    if (!rows)
        return rows.error();
    QList<Campaign> list;
    while (rows.value().next()) {
        auto c = fromRow(rows.value());
        if (!c)
            return c.error();
        list << c.value();
    }
    return list;
}

Result<Campaign> CampaignService::campaign(const Session &session, const QString &code) const
{
    if (Status s = session.require(Permission::CampaignRead); !s)
        return s.error();
    return latest(code, false);
}

Result<std::optional<Campaign>> CampaignService::changeableVersion(const QString &code)
{
    auto found = latest(code, true);
    if (!found)
        return found.error().code == ErrorCode::NotFound ? Result<std::optional<Campaign>>(std::optional<Campaign>()) : found.error();
    if (found->status == CampaignStatus::Submitted)
        return wrongState(found.value(), QT_TRANSLATE_NOOP("pd::CampaignService", "The campaign %1 is %2; it cannot change until it is decided."));
    return std::optional<Campaign>(found.value());
}

Result<Campaign> CampaignService::writeDraft(const Session &session, const Campaign &draft, const std::optional<Campaign> &current)
{
    Campaign written = draft;
    written.status = CampaignStatus::Draft;
    written.authorId = session.userId;
    written.authorName = session.username;
    // the columns the engine selects by, beside the definition itself
    const QVariantList columns{campaignTypeCode(draft.type), draft.name, draft.from.toString(Qt::ISODate), draft.to.toString(Qt::ISODate),
                               QString::fromUtf8(QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact)),
                               draft.budgetPoints ? QVariant(*draft.budgetPoints) : sql::nullInt(), session.userId, session.username};
    QString action;
    if (current && current->status == CampaignStatus::Draft) {
        written.id = current->id;
        written.version = current->version;
        auto r = sql::run(m_db.connection(),
                          QStringLiteral("UPDATE campaigns SET type = ?, name = ?, from_date = ?, to_date = ?, definition = ?, budget_points = ?, "
                                         "author_id = ?, author_name = ? WHERE id = ?"),
                          columns + QVariantList{current->id});
        if (!r)
            return r.error();
        action = QStringLiteral("campaign.update");
    } else {
        written.version = current ? current->version + 1 : 1;
        auto id = sql::insertReturningId(m_db.connection(),
                                         QStringLiteral("INSERT INTO campaigns (type, name, from_date, to_date, definition, budget_points, author_id, "
                                                        "author_name, code, version, status, created_at) "
                                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?) RETURNING id"),
                                         columns + QVariantList{draft.code, written.version, toStoredTime(m_clock.nowUtc())});
        if (!id)
            return id.error();
        written.id = id.value();
        action = current ? QStringLiteral("campaign.version") : QStringLiteral("campaign.create");
    }
    if (Status s = AuditLog(m_db, m_clock).append(session, action, QStringLiteral("campaign"), draft.code,
                                                  {{QStringLiteral("version"), written.version}, {QStringLiteral("definition"), draft.toJson()}});
        !s)
        return s.error();
    return written;
}

Result<QList<Campaign>> CampaignService::importDrafts(const Session &session, const QByteArray &json, QList<FieldProblem> &problemsOut)
{
    QList<FieldProblem> problems;
    const auto reported = qScopeGuard([&] { problemsOut << problems; });
    if (Status s = session.require(Permission::CampaignDesign); !s)
        return s.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        problems << FieldProblem{QString(), say(QT_TRANSLATE_NOOP("pd::CampaignService", "not valid JSON at character %1: %2"))
                                                .arg(parseError.offset)
                                                .arg(parseError.errorString())};
        return problemsError(problems);
    }
    const bool many = doc.isArray();
    const QJsonArray objects = many ? doc.array() : QJsonArray{doc.object()};
    if (!many && !doc.isObject()) {
        problems << FieldProblem{QString(), say(QT_TRANSLATE_NOOP("pd::CampaignService", "expected one campaign object or an array of them"))};
        return problemsError(problems);
    }
    auto known = context();
    if (!known)
        return known.error();

    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QList<Campaign> drafts;
    QList<QPair<Campaign, std::optional<Campaign>>> checked;
    QSet<QString> seen;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        QList<FieldProblem> own;
        if (!objects.at(i).isObject()) {
            own << FieldProblem{QString(), say(QT_TRANSLATE_NOOP("pd::CampaignService", "is not a campaign object"))};
        }
        auto parsed = Campaign::fromJson(objects.at(i).toObject(), own);
        if (parsed)
            own << problemsAgainst(parsed.value(), known.value());
        const QString code = objects.at(i).toObject().value(QStringLiteral("code")).toString();
        if (parsed && seen.contains(code))
            own << FieldProblem{QStringLiteral("code"), say(QT_TRANSLATE_NOOP("pd::CampaignService", "%1 appears twice in the file")).arg(code)};
        seen.insert(code);
        std::optional<Campaign> current;
        if (parsed && own.isEmpty()) {
            auto changeable = changeableVersion(code);
            if (changeable)
                current = changeable.value();
            else if (changeable.error().code == ErrorCode::Conflict)
                own << FieldProblem{QStringLiteral("code"), changeable.error().message};
            else
                return changeable.error();
        }
        const QString prefix = many ? (code.isEmpty() ? QStringLiteral("#%1").arg(i + 1) : code) : QString();
        for (FieldProblem p : std::as_const(own)) {
            if (many)
                p.field = p.field.isEmpty() ? prefix : prefix + QLatin1Char('.') + p.field;
            problems << p;
        }
        if (own.isEmpty())
            checked << qMakePair(parsed.value(), current);
    }
    if (!problems.isEmpty())
        return problemsError(problems); // nothing written
    for (const auto &[draft, current] : std::as_const(checked)) {
        auto written = writeDraft(session, draft, current);
        if (!written)
            return written.error();
        drafts << written.value();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return drafts;
}

Result<Campaign> CampaignService::saveDraft(const Session &session, const Campaign &draft, QList<FieldProblem> &problemsOut)
{
    QList<FieldProblem> problems;
    const auto reported = qScopeGuard([&] { problemsOut << problems; });
    if (Status s = session.require(Permission::CampaignDesign); !s)
        return s.error();
    // the editor's campaign goes through the same checks as a file's
    auto reread = Campaign::fromJson(draft.toJson(), problems);
    auto known = context();
    if (!known)
        return known.error();
    if (reread)
        problems << problemsAgainst(reread.value(), known.value());
    if (!problems.isEmpty())
        return problemsError(problems);
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto current = changeableVersion(draft.code);
    if (!current)
        return current.error();
    auto written = writeDraft(session, reread.value(), current.value());
    if (!written)
        return written;
    if (Status s = tx.commit(); !s)
        return s.error();
    return written;
}

Status CampaignService::setStatus(const Session &session, const Campaign &c, CampaignStatus to, const QString &action, const QString &reason)
{
    const QString now = toStoredTime(m_clock.nowUtc());
    QString statement;
    QVariantList values;
    switch (to) {
    case CampaignStatus::Submitted:
        statement = QStringLiteral("UPDATE campaigns SET status = 'submitted', submitted_at = ? WHERE id = ?");
        values = {now, c.id};
        break;
    case CampaignStatus::Approved:
    case CampaignStatus::Rejected:
        statement = QStringLiteral("UPDATE campaigns SET status = ?, decided_by = ?, decided_by_name = ?, decided_at = ?, reason = ? WHERE id = ?");
        values = {campaignStatusCode(to), session.userId, session.username, now, sql::textOrNull(reason), c.id};
        break;
    default:
        statement = QStringLiteral("UPDATE campaigns SET status = ?, stopped_at = ?, reason = ? WHERE id = ?");
        values = {campaignStatusCode(to), now, sql::textOrNull(reason), c.id};
        break;
    }
    if (auto r = sql::run(m_db.connection(), statement, values); !r)
        return r.error();
    QJsonObject details{{QStringLiteral("version"), c.version}};
    if (!reason.isEmpty())
        details.insert(QStringLiteral("reason"), reason);
    return AuditLog(m_db, m_clock).append(session, action, QStringLiteral("campaign"), c.code, details);
}

Status CampaignService::withLatest(const QString &code, const std::function<Status(const Campaign &)> &step)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto c = latest(code, true);
    if (!c)
        return c.error();
    if (Status s = step(c.value()); !s)
        return s;
    return tx.commit();
}

Status CampaignService::submit(const Session &session, const QString &code)
{
    if (Status s = session.require(Permission::CampaignDesign); !s)
        return s;
    return withLatest(code, [&](const Campaign &c) -> Status {
        if (c.status != CampaignStatus::Draft)
            return wrongState(c, QT_TRANSLATE_NOOP("pd::CampaignService", "The campaign %1 is %2; only a draft can be submitted."));
        if (c.terms.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             say(QT_TRANSLATE_NOOP("pd::CampaignService", "Write the terms as members will read them before submitting %1.")).arg(code),
                             QStringLiteral("terms"));
        auto known = context();
        if (!known)
            return known.error();
        if (const auto problems = problemsAgainst(c, known.value()); !problems.isEmpty())
            return problemsError(problems); // the programme changed since the draft was saved
        return setStatus(session, c, CampaignStatus::Submitted, QStringLiteral("campaign.submit"), {});
    });
}

Status CampaignService::checkFourEyes(const Session &session, const Campaign &c) const
{
    if (Status s = session.require(Permission::Approve); !s)
        return s;
    if (session.userId == 0)
        return makeError(ErrorCode::PermissionDenied,
                         say(QT_TRANSLATE_NOOP("pd::CampaignService", "The system operator never approves: four eyes need two people. Log in as yourself.")));
    if (session.userId == c.authorId)
        return makeError(ErrorCode::PermissionDenied,
                         say(QT_TRANSLATE_NOOP("pd::CampaignService", "You wrote the campaign %1: someone else must decide on it.")).arg(c.code));
    return {};
}

Status CampaignService::checkNoOverlap(const Campaign &c) const
{
    if (c.type == CampaignType::Checkin)
        return checkNoOtherCheckin(c);
    if (c.type != CampaignType::Sale)
        return {};
    auto others = sql::run(m_db.connection(),
                           kColumns + QStringLiteral("WHERE status = 'approved' AND type = 'sale' AND code <> ? AND from_date <= ? AND to_date >= ?"),
                           {c.code, c.to.toString(Qt::ISODate), c.from.toString(Qt::ISODate)});
    if (!others)
        return others.error();
    while (others.value().next()) {
        auto other = fromRow(others.value());
        if (other && other->item == c.item) {
            others.value().finish();
            return makeError(ErrorCode::Conflict,
                             say(QT_TRANSLATE_NOOP("pd::CampaignService", "The sale %1 of item %2 overlaps %3 (%4 – %5): one sale per item at a time."))
                                 .arg(c.code, c.item, other->code, other->from.toString(Qt::ISODate), other->to.toString(Qt::ISODate)),
                             QStringLiteral("item"));
        }
    }
    return {};
}

// At most one check-in campaign at a time: a member's streak belongs to one ladder.
Status CampaignService::checkNoOtherCheckin(const Campaign &c) const
{
    auto other = sql::run(m_db.connection(),
                          QStringLiteral("SELECT code, from_date, to_date FROM campaigns WHERE status = 'approved' AND type = 'checkin' AND code <> ? "
                                         "AND from_date <= ? AND to_date >= ? ORDER BY from_date"),
                          {c.code, c.to.toString(Qt::ISODate), c.from.toString(Qt::ISODate)});
    if (!other)
        return other.error();
    if (!other.value().next())
        return {};
    const QString code = other.value().value(0).toString(), from = other.value().value(1).toString(), to = other.value().value(2).toString();
    other.value().finish();
    return makeError(ErrorCode::Conflict,
                     say(QT_TRANSLATE_NOOP("pd::CampaignService", "The check-in campaign %1 overlaps %2 (%3 – %4): one check-in campaign at a time."))
                         .arg(c.code, code, from, to),
                     QStringLiteral("from"));
}

Status CampaignService::approve(const Session &session, const QString &code)
{
    return withLatest(code, [&](const Campaign &c) -> Status {
        if (Status s = checkFourEyes(session, c); !s)
            return s;
        if (c.status != CampaignStatus::Submitted)
            return wrongState(c, QT_TRANSLATE_NOOP("pd::CampaignService", "The campaign %1 is %2; only a submitted campaign can be approved."));
        if (Status s = checkNoOverlap(c); !s)
            return s;
        // the version it replaces stops now; what it awarded stays
        if (auto r = sql::run(m_db.connection(),
                              QStringLiteral("UPDATE campaigns SET status = 'superseded', stopped_at = ? WHERE code = ? AND status = 'approved'"),
                              {toStoredTime(m_clock.nowUtc()), code});
            !r)
            return r.error();
        return setStatus(session, c, CampaignStatus::Approved, QStringLiteral("campaign.approve"), {});
    });
}

Status CampaignService::reject(const Session &session, const QString &code, const QString &reason)
{
    if (reason.trimmed().size() < 2)
        return makeError(ErrorCode::InvalidInput, say(QT_TRANSLATE_NOOP("pd::CampaignService", "Say why the campaign is rejected.")),
                         QStringLiteral("reason"));
    return withLatest(code, [&](const Campaign &c) -> Status {
        if (Status s = checkFourEyes(session, c); !s)
            return s;
        if (c.status != CampaignStatus::Submitted)
            return wrongState(c, QT_TRANSLATE_NOOP("pd::CampaignService", "The campaign %1 is %2; only a submitted campaign can be rejected."));
        return setStatus(session, c, CampaignStatus::Rejected, QStringLiteral("campaign.reject"), reason.trimmed());
    });
}

Status CampaignService::cancel(const Session &session, const QString &code, const QString &reason)
{
    if (!session.can(Permission::CampaignDesign) && !session.can(Permission::Approve))
        return session.require(Permission::CampaignDesign);
    if (reason.trimmed().size() < 2)
        return makeError(ErrorCode::InvalidInput, say(QT_TRANSLATE_NOOP("pd::CampaignService", "Say why the campaign is cancelled.")),
                         QStringLiteral("reason"));
    return withLatest(code, [&](const Campaign &c) -> Status {
        if (c.status == CampaignStatus::Rejected || c.status == CampaignStatus::Cancelled || c.status == CampaignStatus::Superseded)
            return wrongState(c, QT_TRANSLATE_NOOP("pd::CampaignService", "The campaign %1 is %2 already."));
        return setStatus(session, c, CampaignStatus::Cancelled, QStringLiteral("campaign.cancel"), reason.trimmed());
    });
}

Result<Campaign> CampaignService::newVersion(const Session &session, const QString &code)
{
    if (Status s = session.require(Permission::CampaignDesign); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto c = latest(code, true);
    if (!c)
        return c.error();
    if (c->status == CampaignStatus::Draft || c->status == CampaignStatus::Submitted)
        return wrongState(c.value(), QT_TRANSLATE_NOOP("pd::CampaignService", "The campaign %1 is %2: change it as it is."));
    auto written = writeDraft(session, c.value(), c.value());
    if (!written)
        return written;
    if (Status s = tx.commit(); !s)
        return s.error();
    return written;
}

} // namespace pd
