#include "clicontext.h"

#include "core/compliance/rulestext.h"
#include "core/i18n/translations.h"
#include "core/io/csvwriter.h"
#include "core/io/privatefile.h"
#include "core/io/timeparse.h"

#include <QCommandLineParser>
#include <QIODevice>

#include <memory>

namespace pd::cli {

namespace {

const QString kDisclosureUsage = QStringLiteral("pointsdesk-cli disclosure show [--version N] [--lang zh|en] [--pdf FILE|--html FILE] | generate | "
                                      "publish [--version N] --effective YYYY-MM-DD | versions | diff N [M] | note SECTION TEXT");

std::optional<int> versionNumber(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok && n > 0 ? std::optional<int>(n) : std::nullopt;
}

// The document and what is known of its version: a saved one, or the live configuration.
struct Shown
{
    RulesDocument doc;
    std::optional<RulesVersionInfo> info;
};

Result<Shown> documentFor(Context &c, const std::optional<int> &version)
{
    RulesVersions versions(*c.db, c.clock);
    if (!version) {
        auto live = versions.live(c.session);
        if (!live)
            return live.error();
        return Shown{live.value(), std::nullopt};
    }
    auto doc = versions.document(c.session, *version);
    if (!doc)
        return doc.error();
    auto info = versions.info(c.session, *version);
    if (!info)
        return info.error();
    return Shown{doc.value(), info.value()};
}

int show(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("version"), QString(), QStringLiteral("n")});
    p.addOption({QStringLiteral("lang"), QString(), QStringLiteral("lang")});
    p.addOption({QStringLiteral("pdf"), QString(), QStringLiteral("file")});
    p.addOption({QStringLiteral("html"), QString(), QStringLiteral("file")});
    if (!p.parse(QStringList{QStringLiteral("show")} + args) || !p.positionalArguments().isEmpty() ||
        (p.isSet(QStringLiteral("pdf")) && p.isSet(QStringLiteral("html"))))
        return c.usage(kDisclosureUsage);
    std::optional<int> version;
    if (p.isSet(QStringLiteral("version"))) {
        version = versionNumber(p.value(QStringLiteral("version")));
        if (!version)
            return c.usage(kDisclosureUsage);
    }
    std::unique_ptr<ScopedLanguage> language;
    if (p.isSet(QStringLiteral("lang"))) {
        const auto locale = languageFromCode(p.value(QStringLiteral("lang")));
        if (!locale)
            return c.usage(kDisclosureUsage);
        language = std::make_unique<ScopedLanguage>(*locale);
    }
    auto shown = documentFor(c, version);
    if (!shown)
        return c.fail(shown.error());
    if (p.isSet(QStringLiteral("pdf"))) {
        if (!c.writeRulesPdf)
            return c.fail(makeError(ErrorCode::Unsupported, QCoreApplication::translate("pd::cli", "This program cannot write PDF files.")));
        if (Status s = c.writeRulesPdf(rules::html(shown->doc, shown->info), rules::pageHeader(shown->doc, shown->info), p.value(QStringLiteral("pdf")));
            !s)
            return c.fail(s.error());
        c.out << QCoreApplication::translate("pd::cli", "Programme rules written to %1.").arg(p.value(QStringLiteral("pdf"))) << Qt::endl;
        return kOk;
    }
    if (p.isSet(QStringLiteral("html"))) {
        if (Status s = writePrivateFile(p.value(QStringLiteral("html")), rules::htmlPage(shown->doc, shown->info).toUtf8()); !s)
            return c.fail(s.error());
        c.out << QCoreApplication::translate("pd::cli", "Programme rules written to %1.").arg(p.value(QStringLiteral("html"))) << Qt::endl;
        return kOk;
    }
    c.out << rules::plainText(shown->doc, shown->info);
    c.out.flush();
    return kOk;
}

int publish(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("version"), QString(), QStringLiteral("n")});
    p.addOption({QStringLiteral("effective"), QString(), QStringLiteral("date")});
    if (!p.parse(QStringList{QStringLiteral("publish")} + args) || !p.positionalArguments().isEmpty() || !p.isSet(QStringLiteral("effective")))
        return c.usage(kDisclosureUsage);
    auto effective = parseIsoDate(p.value(QStringLiteral("effective")), QStringLiteral("effective"));
    if (!effective)
        return c.fail(effective.error());
    RulesVersions versions(*c.db, c.clock);
    std::optional<int> version;
    if (p.isSet(QStringLiteral("version"))) {
        version = versionNumber(p.value(QStringLiteral("version")));
        if (!version)
            return c.usage(kDisclosureUsage);
    } else {
        auto all = versions.versions(c.session);
        if (!all)
            return c.fail(all.error());
        if (all->isEmpty())
            return c.fail(makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::cli", "No version of the rules is saved yet: run "
                                                                                               "\"disclosure generate\" first.")));
        version = all->constFirst().version;
    }
    if (Status s = versions.publish(c.session, *version, effective.value()); !s)
        return c.fail(s.error());
    c.out << QCoreApplication::translate("pd::cli", "Version %1 of the rules published: in force from %2.")
                 .arg(*version)
                 .arg(effective->toString(Qt::ISODate))
          << Qt::endl;
    return kOk;
}

int listVersions(Context &c)
{
    auto all = RulesVersions(*c.db, c.clock).versions(c.session);
    if (!all)
        return c.fail(all.error());
    QIODevice *out = c.dataOut();
    out->write(csv::line({QStringLiteral("version"), QStringLiteral("created_at"), QStringLiteral("created_by"), QStringLiteral("published_on"),
                          QStringLiteral("published_by"), QStringLiteral("effective_from")}));
    for (const RulesVersionInfo &v : all.value())
        out->write(csv::line({QString::number(v.version), v.createdAt, v.createdBy, v.publishedOn.toString(Qt::ISODate), v.publishedBy,
                              v.effectiveFrom.toString(Qt::ISODate)}));
    return kOk;
}

int diff(Context &c, const QStringList &args)
{
    if (args.isEmpty() || args.size() > 2)
        return c.usage(kDisclosureUsage);
    const auto from = versionNumber(args.at(0));
    const std::optional<int> to = args.size() == 2 ? versionNumber(args.at(1)) : std::nullopt;
    if (!from || (args.size() == 2 && !to))
        return c.usage(kDisclosureUsage);
    auto before = documentFor(c, from);
    if (!before)
        return c.fail(before.error());
    auto after = documentFor(c, to);
    if (!after)
        return c.fail(after.error());
    const QDate effective = after->info && after->info->isPublished() ? after->info->effectiveFrom : businessToday(c.clock);
    const QList<RulesChange> changes = rules::compare(before->doc, after->doc, effective);
    c.out << QCoreApplication::translate("pd::cli", "%1 compared with %2: %3 changes.")
                 .arg(rules::versionLine(after->doc, after->info), rules::versionLine(before->doc, before->info))
                 .arg(changes.size())
          << Qt::endl;
    c.out << rules::diffText(changes);
    c.out.flush();
    return kOk;
}

} // namespace

// The programme rules (DESIGN §9, §12): shown (live or a version, text, HTML or PDF, Chinese or
// English), saved as versions, compared, published with notice, and compliance's text per section.
int runDisclosure(Context &c, const QStringList &args)
{
    if (args.isEmpty())
        return c.usage(kDisclosureUsage);
    const QString what = args.at(0);
    const QStringList rest = args.mid(1);
    if (what == QLatin1String("show"))
        return show(c, rest);
    if (what == QLatin1String("publish"))
        return publish(c, rest);
    if (what == QLatin1String("diff"))
        return diff(c, rest);
    if (what == QLatin1String("versions") && rest.isEmpty())
        return listVersions(c);
    if (what == QLatin1String("generate") && rest.isEmpty()) {
        auto version = RulesVersions(*c.db, c.clock).save(c.session);
        if (!version)
            return c.fail(version.error());
        c.out << QCoreApplication::translate("pd::cli", "Version %1 of the rules saved (not yet published).").arg(version.value()) << Qt::endl;
        return kOk;
    }
    if (what == QLatin1String("note") && rest.size() == 2) {
        const auto section = rulesSectionFromCode(rest.at(0));
        if (!section) {
            QStringList codes;
            for (RulesSection s : allRulesSections())
                codes << rulesSectionCode(s);
            return c.fail(makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::cli", "There is no section \"%1\"; the sections "
                                                                                                    "are: %2.")
                                                                  .arg(rest.at(0), codes.join(QStringLiteral(", ")))));
        }
        if (Status s = RulesVersions(*c.db, c.clock).setNote(c.session, *section, rest.at(1)); !s)
            return c.fail(s.error());
        c.out << QCoreApplication::translate("pd::cli", "Text of section \"%1\" saved.").arg(rulesSectionTitle(*section)) << Qt::endl;
        return kOk;
    }
    return c.usage(kDisclosureUsage);
}

} // namespace pd::cli
