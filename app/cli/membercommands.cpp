#include "clicontext.h"

#include "core/compliance/personaldata.h"
#include "core/io/csvwriter.h"
#include "core/io/privatefile.h"
#include "core/io/timeparse.h"

#include <QCommandLineParser>
#include <QIODevice>

namespace pd::cli {

namespace {

int runMemberExport(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), QString(), QStringLiteral("file")});
    if (!p.parse(QStringList{QStringLiteral("member")} + args) || p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("json")))
        return c.usage(QStringLiteral("pointsdesk-cli member export CARD --json FILE"));
    const QString card = p.positionalArguments().constFirst();
    const QString path = p.value(QStringLiteral("json"));
    Status s = PersonalDataService(*c.db, c.clock).exportMember(c.session, card, [&](const QByteArray &json) { return writePrivateFile(path, json); });
    if (!s)
        return c.fail(s.error());
    c.out << QCoreApplication::translate("pd::cli", "The data of card %1 was written to %2.").arg(card, path) << Qt::endl;
    return kOk;
}

int runMemberErase(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("reason"), QString(), QStringLiteral("text")});
    if (!p.parse(QStringList{QStringLiteral("member")} + args) || p.positionalArguments().size() != 1)
        return c.usage(QStringLiteral("pointsdesk-cli --user NAME member erase CARD --reason TEXT"));
    const QString card = p.positionalArguments().constFirst();
    if (Status s = PersonalDataService(*c.db, c.clock).erase(c.session, card, p.value(QStringLiteral("reason"))); !s)
        return c.fail(s.error());
    c.out << QCoreApplication::translate("pd::cli", "The personal data of card %1 was erased; its points and history stay.").arg(card) << Qt::endl;
    return kOk;
}

int runMemberRequest(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("received"), QString(), QStringLiteral("date")});
    p.addOption({QStringLiteral("by"), QString(), QStringLiteral("who")});
    const QString usage = QStringLiteral("pointsdesk-cli member request CARD copy|erasure [--received YYYY-MM-DD] [--by member|representative]");
    if (!p.parse(QStringList{QStringLiteral("member")} + args) || p.positionalArguments().size() != 2)
        return c.usage(usage);
    const auto kind = dataRequestKindFromCode(p.positionalArguments().at(1));
    const auto by = dataRequesterFromCode(p.value(QStringLiteral("by")).isEmpty() ? QStringLiteral("member") : p.value(QStringLiteral("by")));
    if (!kind || !by)
        return c.usage(usage);
    QDate received = businessToday(c.clock);
    if (p.isSet(QStringLiteral("received"))) {
        auto day = parseIsoDate(p.value(QStringLiteral("received")), QStringLiteral("received"));
        if (!day)
            return c.fail(day.error());
        received = day.value();
    }
    auto id = PersonalDataService(*c.db, c.clock).logRequest(c.session, p.positionalArguments().at(0), *kind, *by, received);
    if (!id)
        return c.fail(id.error());
    c.out << QCoreApplication::translate("pd::cli", "Request %1 logged.").arg(id.value()) << Qt::endl;
    return kOk;
}

int runMemberRefuse(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("reason"), QString(), QStringLiteral("text")});
    bool ok = false;
    const qint64 id = args.isEmpty() ? 0 : args.constFirst().toLongLong(&ok);
    if (!p.parse(QStringList{QStringLiteral("member")} + args) || p.positionalArguments().size() != 1 || !ok)
        return c.usage(QStringLiteral("pointsdesk-cli member refuse REQUEST --reason TEXT"));
    if (Status s = PersonalDataService(*c.db, c.clock).refuse(c.session, id, p.value(QStringLiteral("reason"))); !s)
        return c.fail(s.error());
    c.out << QCoreApplication::translate("pd::cli", "Request %1 refused.").arg(id) << Qt::endl;
    return kOk;
}

// The request log as CSV, open requests first.
int runMemberRequests(Context &c, const QStringList &args)
{
    if (!args.isEmpty())
        return c.usage(QStringLiteral("pointsdesk-cli member requests"));
    auto list = PersonalDataService(*c.db, c.clock).requests(c.session);
    if (!list)
        return c.fail(list.error());
    QIODevice *out = c.dataOut();
    out->write(csv::line({QStringLiteral("id"), QStringLiteral("card_no"), QStringLiteral("kind"), QStringLiteral("requester"),
                  QStringLiteral("received_on"), QStringLiteral("status"), QStringLiteral("handled_on"), QStringLiteral("handled_by"),
                  QStringLiteral("note")}));
    for (const DataRequest &r : list.value())
        out->write(csv::line({QString::number(r.id), r.cardNo, dataRequestKindCode(r.kind), dataRequesterCode(r.requester),
                      r.receivedOn.toString(Qt::ISODate), dataRequestStatusCode(r.status), r.handledOn.toString(Qt::ISODate), r.handledBy,
                      r.note}));
    return kOk;
}

} // namespace

// Personal data (DESIGN §9, §12): a member's copy, erasure and the request log.
int runMember(Context &c, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("export"))
        return runMemberExport(c, rest);
    if (sub == QLatin1String("erase"))
        return runMemberErase(c, rest);
    if (sub == QLatin1String("request"))
        return runMemberRequest(c, rest);
    if (sub == QLatin1String("refuse"))
        return runMemberRefuse(c, rest);
    if (sub == QLatin1String("requests"))
        return runMemberRequests(c, rest);
    return c.usage(QStringLiteral("pointsdesk-cli member export CARD --json FILE | erase CARD --reason TEXT | "
                                  "request CARD copy|erasure [--received D] [--by member|representative] | refuse REQUEST --reason TEXT | requests"));
}

} // namespace pd::cli
