#include "demodata.h"

#include "core/members/membersbytier.h"
#include "core/audit/auditlog.h"
#include "core/demo/democampaigns.h"
#include "core/demo/democatalog.h"
#include "core/auth/authservice.h"
#include "core/rules/programmerules.h"
#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/members/pinyin.h"
#include "core/donations/donationservice.h"
#include "core/settings/programmesettings.h"
#include "core/stores/storeservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace pd {

namespace {


const char16_t kSurnames[] = u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const char16_t kGiven[] = u"伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉梅文辉建国志红燕鹏飞晓婷雪梅丹玲宇浩然子涵欣怡梓轩思远佳琪俊杰海燕春生德福美玲凤霞桂芳立新晨阳";
const char *const kMobilePrefixes[] = {"130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
                                       "151", "152", "153", "155", "156", "157", "158", "159", "176", "177",
                                       "178", "180", "181", "182", "183", "185", "186", "187", "188", "189"};
constexpr int kPrefixCount = int(sizeof(kMobilePrefixes) / sizeof(kMobilePrefixes[0]));
constexpr qint64 kCardBase = 8000000000LL;
constexpr int kRowsPerStatement = 250;
constexpr int kColumnsPerRow = 10;

struct DemoStore { const char *code; const char16_t *name; const char16_t *city; const char *partner; };
const DemoStore kStores[] = {
    {"NY01", u"南阳惠民超市（卧龙店）", u"南阳", nullptr},
    {"NY02", u"南阳惠民超市（建设路店）", u"南阳", nullptr},
    {"SQZ01", u"石桥镇赶集日便民店", u"南阳石桥镇", nullptr},
    {"EYE01", u"明视眼镜（合作商户）", u"南阳", "eyewear"},
    {"TEX01", u"温馨家纺（合作商户）", u"南阳", "hometex"},
    {"AUTO01", u"顺达汽车4S店（合作商户）", u"南阳", "auto4s"},
};

// Names that the user guide and the tests look for on a fresh demo database.
const char16_t *const kKnownNames[] = {u"张三", u"李四", u"王小明", u"欧阳娜娜"};

QString mobileFor(qint64 k)
{
    // x·a + b with a coprime to 10^8 is a bijection mod 10^8: unique numbers
    const qint64 suffix = ((k / kPrefixCount) * 2654435761LL + 37529163LL) % 100000000LL;
    return QLatin1String(kMobilePrefixes[k % kPrefixCount]) + QStringLiteral("%1").arg(suffix, 8, 10, QLatin1Char('0'));
}

QString randomName(QRandomGenerator &rng)
{
    const int surnames = int(std::size(kSurnames)) - 1;
    const int given = int(std::size(kGiven)) - 1;
    QString name = QChar(kSurnames[rng.bounded(surnames)]);
    const int length = rng.bounded(100) < 70 ? 2 : 1;
    for (int i = 0; i < length; ++i)
        name += QChar(kGiven[rng.bounded(given)]);
    return name;
}

} // namespace

QList<DemoLogin> DemoData::logins()
{
    return {{QStringLiteral("admin"), QStringLiteral("admin-demo"), Role::Administrator},
            {QStringLiteral("cashier"), QStringLiteral("cashier-demo"), Role::Cashier},
            {QStringLiteral("backoffice"), QStringLiteral("backoffice-demo"), Role::BackOffice},
            {QStringLiteral("campaign"), QStringLiteral("campaign-demo"), Role::CampaignManager},
            {QStringLiteral("compliance"), QStringLiteral("compliance-demo"), Role::Compliance}};
}

Result<DemoSummary> DemoData::create(const Session &session, const DemoOptions &options)
{
    if (Status s = session.require(Permission::DemoData); !s)
        return s.error();
    if (options.members < 0 || options.members > 50'000'000)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::DemoData", "The number of demo members must be between 0 and 50,000,000."),
                         QStringLiteral("members"));
    DemoSummary summary;
    auto stores = ensureStores(session);
    if (!stores)
        return stores.error();
    summary.storesAdded = stores.value();
    if (Status s = namePartners(session); !s)
        return s.error();
    if (Status s = givePerks(session); !s)
        return s.error();

    AuthService auth(m_db, m_clock, m_hasher);
    auto hasUsers = auth.hasUsers();
    if (!hasUsers)
        return hasUsers.error();
    if (!hasUsers.value()) {
        if (Status s = createUsers(session); !s)
            return s.error();
        summary.usersCreated = true;
    }
    // the seeds' charity: stray-animal rescue, the chain adds ¥1 of goods per 100 points
    DonationService charity(m_db, m_clock);
    auto projects = charity.projects();
    if (!projects)
        return projects.error();
    if (projects->isEmpty()) {
        CharityProject paws;
        paws.code = QStringLiteral("PAWS");
        paws.name = QString::fromUtf16(u"流浪动物救助");
        paws.pointsPerYuan = 100;
        if (auto id = charity.addProject(session, paws); !id)
            return id.error();
    }
    auto items = addDemoCatalog(m_db, m_clock, session);
    if (!items)
        return items.error();
    summary.catalogItemsAdded = items.value();
    if (options.campaigns) {
        auto campaigns = addDemoCampaigns(m_db, m_clock);
        if (!campaigns)
            return campaigns.error();
        summary.campaignsAdded = campaigns.value();
    }
    auto added = insertMembers(session, options, summary);
    if (!added)
        return added.error();
    summary.membersAdded = added.value();
    if (options.campaigns && !summary.cancelled) {
        if (Status s = addDemoCheckins(m_db, m_clock); !s)
            return s.error();
        if (Status s = addDemoRules(m_db, m_clock); !s)
            return s.error();
    }
    return summary;
}

Result<qint64> DemoData::ensureStores(const Session &session)
{
    StoreService stores(m_db, m_clock);
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    qint64 added = 0;
    for (const DemoStore &d : kStores) {
        Store store;
        store.code = QLatin1String(d.code);
        store.name = QString::fromUtf16(d.name);
        store.city = QString::fromUtf16(d.city);
        store.partnerCode = d.partner ? QLatin1String(d.partner) : QString();
        auto existing = stores.storeByCode(store.code);
        if (existing)
            continue;
        auto id = stores.insertInTransaction(store);
        if (!id)
            return id.error();
        if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("store.add"), QStringLiteral("store"),
                                                      QString::number(id.value()), {{QStringLiteral("code"), store.code}});
            !s)
            return s.error();
        ++added;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return added;
}

// The partner merchants of the seeds by their own names, for those that have none yet.
Status DemoData::namePartners(const Session &session)
{
    auto rules = ProgrammeRules::load(m_db);
    if (!rules)
        return rules.error();
    static const QHash<QString, const char16_t *> names = {
        {QStringLiteral("partner:eyewear"), u"明视眼镜"},
        {QStringLiteral("partner:hometex"), u"温馨家纺"},
        {QStringLiteral("partner:auto4s"), u"顺达汽车4S店"},
    };
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        if (rules->ratePer100.contains(it.key()) && !rules->ownNames.contains(it.key()))
            if (Status s = RulesService(m_db, m_clock).renameScenario(session, it.key(), QString::fromUtf16(it.value())); !s)
                return s;
    return {};
}

// The perks the seeds speak of (free parking, a personal shopper), for tiers that have none yet.
Status DemoData::givePerks(const Session &session)
{
    auto rules = ProgrammeRules::load(m_db);
    if (!rules)
        return rules.error();
    static const QHash<QString, const char16_t *> perks = {
        {QStringLiteral("silver"), u"生日当月积分翻倍"},
        {QStringLiteral("gold"), u"免费停车 2 小时；生日当月积分翻倍"},
        {QStringLiteral("platinum"), u"免费停车；私人导购；生日当月积分翻倍；兑换提前 7 天"},
    };
    QList<Tier> tiers = rules->tiers;
    bool changed = false;
    for (Tier &tier : tiers) {
        if (tier.perks.isEmpty() && perks.contains(tier.code)) {
            tier.perks = QString::fromUtf16(perks.value(tier.code));
            changed = true;
        }
    }
    return changed ? RulesService(m_db, m_clock).setTiers(session, tiers) : Status{};
}

Status DemoData::createUsers(const Session &session)
{
    AuthService auth(m_db, m_clock, m_hasher);
    static const char16_t *const displayNames[] = {u"王敏（管理员）", u"李娜（收银）", u"赵磊（门店后台）",
                                                   u"陈静（活动策划）", u"周洁（合规）"};
    QJsonArray shown;
    const QList<DemoLogin> list = logins();
    for (int i = 0; i < list.size(); ++i) {
        NewUser user{list.at(i).username, QString::fromUtf16(displayNames[i]), list.at(i).role, list.at(i).password};
        if (user.role == Role::Cashier || user.role == Role::BackOffice)
            user.storeCode = QStringLiteral("NY01"); // the desk and the back office of the first supermarket
        auto id = auth.createDemoUser(session, user);
        if (!id)
            return id.error();
        shown.append(QJsonObject{{QStringLiteral("username"), user.username},
                                 {QStringLiteral("password"), user.password},
                                 {QStringLiteral("role"), roleCode(user.role)}});
    }
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = programmesettings::setInTransaction(m_db, programmesettings::kDemoLogins,
                                                       QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Compact)));
        !s)
        return s;
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("settings.change"), QStringLiteral("setting"),
                                                  programmesettings::kDemoLogins);
        !s)
        return s;
    return tx.commit();
}

namespace {
// The k-th demo member's columns, in the order of the insert: the first ones are the seeds'
// named people, then random names; a fifth have good credit, one in twenty restricted.
QVariantList demoMemberRow(qint64 k, QRandomGenerator &rng, const QList<qint64> &storeIds, const QDate &today, const QString &now)
{
    const qsizetype known = qsizetype(k - 1);
    const QString name = known < qsizetype(std::size(kKnownNames)) ? QString::fromUtf16(kKnownNames[known]) : randomName(rng);
    const int creditRoll = rng.bounded(100);
    return {QString::number(kCardBase + k), name, pinyin::initials(name), mobileFor(k),
            today.addDays(-rng.bounded(3 * 365)).toString(Qt::ISODate), storeIds.at(rng.bounded(int(storeIds.size()))),
            creditRoll < 20 ? QStringLiteral("good") : creditRoll < 95 ? QStringLiteral("normal") : QStringLiteral("restricted"),
            rng.bounded(100) < 60 ? 1 : 0, now, now};
}
} // namespace

Result<qint64> DemoData::insertMembers(const Session &session, const DemoOptions &options, DemoSummary &summary)
{
    const QSqlDatabase db = m_db.connection();
    QList<qint64> storeIds;
    {
        auto rows = sql::run(db, QStringLiteral("SELECT id FROM stores ORDER BY id"));
        if (!rows)
            return rows.error();
        while (rows.value().next())
            storeIds << rows.value().value(0).toLongLong();
    }
    // continue after the demo cards already there, so running demo twice adds members
    auto maxCard = sql::scalar(db, QStringLiteral("SELECT MAX(card_no) FROM members WHERE card_no >= ? AND card_no < ?"),
                               {QString::number(kCardBase), QString::number(kCardBase + 1000000000LL)});
    if (!maxCard)
        return maxCard.error();
    const qint64 start = maxCard.value().isNull() ? 1 : maxCard.value().toString().toLongLong() - kCardBase + 1;

    QString rowPlaceholders = QStringLiteral("(?,?,?,?,?,?,?,?,?,?)");
    QStringList manyRows;
    for (int i = 0; i < kRowsPerStatement; ++i)
        manyRows << rowPlaceholders;
    const QString insertHead = QStringLiteral("INSERT INTO members (card_no, name, name_initials, mobile, joined_on, store_id, "
                                              "credit, marketing_consent, created_at, updated_at) VALUES ");
    const QString tail = QStringLiteral(" ON CONFLICT DO NOTHING");

    QRandomGenerator rng(options.seed ^ quint32(start));
    const QString now = toStoredTime(m_clock.nowUtc());
    const QDate today = businessToday(m_clock);
    qint64 added = 0;
    qint64 done = 0;
    while (done < options.members) {
        if (options.cancel && options.cancel->load()) {
            summary.cancelled = true;
            break;
        }
        const qint64 batch = std::min<qint64>(options.batchSize, options.members - done);
        WriteTransaction tx(m_db);
        if (Status s = tx.begin(); !s)
            return s.error();
        auto lastIdBefore = sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM members"));
        if (!lastIdBefore)
            return lastIdBefore.error();
        QSqlQuery full(db);
        if (!full.prepare(insertHead + manyRows.join(QLatin1Char(',')) + tail))
            return sql::queryError(full, full.lastQuery(), {});
        qint64 batchAdded = 0;
        QVariantList values;
        values.reserve(kRowsPerStatement * kColumnsPerRow);
        for (qint64 i = 0; i < batch; ++i) {
            const qint64 k = start + done + i;
            values << demoMemberRow(k, rng, storeIds, today, now);
            const bool last = i == batch - 1;
            if (values.size() == kRowsPerStatement * kColumnsPerRow || last) {
                QSqlQuery partial(db);
                QSqlQuery *q = &full;
                if (values.size() != kRowsPerStatement * kColumnsPerRow) {
                    if (!partial.prepare(insertHead + manyRows.mid(0, values.size() / kColumnsPerRow).join(QLatin1Char(',')) + tail))
                        return sql::queryError(partial, partial.lastQuery(), {});
                    q = &partial;
                }
                if (Status s = sql::runPrepared(*q, values); !s)
                    return s.error();
                batchAdded += q->numRowsAffected();
                values.clear();
            }
        }
        if (Status s = membersbytier::noteAddedAfter(m_db, lastIdBefore->toLongLong()); !s)
            return s.error();
        if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("demo.create"), QStringLiteral("members"),
                                                      QStringLiteral("*"), {{QStringLiteral("members"), batchAdded}});
            !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        added += batchAdded;
        done += batch;
        if (options.progress)
            options.progress(done, options.members);
    }
    return added;
}

} // namespace pd
