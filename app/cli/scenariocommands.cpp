#include "clicontext.h"

#include "core/io/csvwriter.h"
#include "core/rules/programmerules.h"

#include <QCommandLineParser>
#include <QIODevice>

namespace pd::cli {

namespace {
const QString kScenarioUsage = QStringLiteral("pointsdesk-cli scenario list | add CODE --name TEXT [--rate N] | rename CODE --name TEXT   "
                                              "(CODE: a scenario, or partner:CODE for a partner merchant)");

int listScenarios(Context &c)
{
    auto rates = scenarios::list(*c.db);
    if (!rates)
        return c.fail(rates.error());
    QIODevice *out = c.dataOut();
    out->write(csv::line({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("rate_per_100"), QStringLiteral("stores")}));
    for (const EarningRate &r : rates.value())
        out->write(csv::line({r.code, r.name(), QString::number(r.ratePer100), r.stores.join(QLatin1Char(' '))}));
    return kOk;
}
} // namespace

// The earning scenarios and partner merchants: listed by anyone, added and renamed by an
// administrator (audited), as on the programme screen.
int runScenario(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("name"), QString(), QStringLiteral("text")});
    p.addOption({QStringLiteral("rate"), QString(), QStringLiteral("n")});
    if (!p.parse(QStringList{QStringLiteral("scenario")} + args) || p.positionalArguments().isEmpty())
        return c.usage(kScenarioUsage);
    const QStringList words = p.positionalArguments();
    const QString what = words.constFirst();
    if (what == QLatin1String("list") && words.size() == 1)
        return listScenarios(c);
    if ((what != QLatin1String("add") && what != QLatin1String("rename")) || words.size() != 2 || !p.isSet(QStringLiteral("name")))
        return c.usage(kScenarioUsage);
    RulesService rules(*c.db, c.clock);
    const QString code = words.at(1);
    if (what == QLatin1String("rename")) {
        if (Status s = rules.renameScenario(c.session, code, p.value(QStringLiteral("name"))); !s)
            return c.fail(s.error());
        c.out << QCoreApplication::translate("pd::cli", "%1 is now called %2.").arg(code, p.value(QStringLiteral("name")).trimmed()) << Qt::endl;
        return kOk;
    }
    bool ok = true;
    const int rate = p.isSet(QStringLiteral("rate")) ? p.value(QStringLiteral("rate")).toInt(&ok) : 100;
    if (!ok)
        return c.fail(makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::cli", "--rate is a whole number of points per ¥100."),
                                QStringLiteral("rate")));
    EarningRate added{code, rate, p.value(QStringLiteral("name")), {}};
    if (Status s = rules.addScenario(c.session, added); !s)
        return c.fail(s.error());
    c.out << QCoreApplication::translate("pd::cli", "%1 (%2) added: %3 points per ¥100.").arg(added.ownName.trimmed(), code).arg(rate) << Qt::endl;
    if (added.isPartner())
        c.out << QCoreApplication::translate("pd::cli", "Link its stores on the stores screen; receipts there name the scenario %1.").arg(code)
              << Qt::endl;
    return kOk;
}

} // namespace pd::cli
