#include "clicontext.h"

#include "core/auth/authservice.h"

#include <QCommandLineParser>
#include <QIODevice>

namespace pd::cli {

namespace {
// The next line of standard input: after --user's own password, the one this command asks for.
QString nextPassword(Context &c)
{
    return c.in ? QString::fromUtf8(c.in->readLine()).trimmed() : QString();
}
} // namespace

// Staff accounts from the command line (DESIGN §12): `user add NAME --role ROLE` by an
// administrator, the new user's password on the next line of standard input.
int runUser(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("role"), QString(), QStringLiteral("role")});
    p.addOption({QStringLiteral("name"), QString(), QStringLiteral("text")});
    p.addOption({QStringLiteral("store"), QString(), QStringLiteral("code")});
    const QString use = QStringLiteral("pointsdesk-cli --user ADMIN user add NAME --role cashier|backoffice|campaign|compliance|admin "
                                       "[--name TEXT] [--store CODE]   (the admin's password, then the new user's, on standard input)");
    if (!p.parse(QStringList{QStringLiteral("user")} + args) || p.positionalArguments().size() != 2
        || p.positionalArguments().constFirst() != QLatin1String("add") || !p.isSet(QStringLiteral("role")))
        return c.usage(use);
    const auto role = roleFromCode(p.value(QStringLiteral("role")));
    if (!role)
        return c.fail(makeError(ErrorCode::InvalidInput,
                                QCoreApplication::translate("pd::cli", "\"%1\" is not a role: cashier, backoffice, campaign, compliance or admin")
                                    .arg(p.value(QStringLiteral("role"))),
                                QStringLiteral("role")));
    NewUser user;
    user.username = p.positionalArguments().at(1);
    user.displayName = p.isSet(QStringLiteral("name")) ? p.value(QStringLiteral("name")) : user.username;
    user.role = *role;
    user.storeCode = p.value(QStringLiteral("store"));
    user.password = nextPassword(c);
    auto id = AuthService(*c.db, c.clock).createUser(c.session, user);
    if (!id)
        return c.fail(id.error());
    c.out << QCoreApplication::translate("pd::cli", "User %1 (%2) created.").arg(user.username, roleDisplayName(user.role)) << Qt::endl;
    return kOk;
}

// One's own password: `--user NAME passwd`, the current password (which logs in), then the new one.
int runPasswd(Context &c, const QStringList &args)
{
    if (!args.isEmpty())
        return c.usage(QStringLiteral("pointsdesk-cli --user NAME passwd   (the current password, then the new one, on standard input)"));
    const QString current = c.loginPassword;
    if (Status s = AuthService(*c.db, c.clock).changeOwnPassword(c.session, current, nextPassword(c)); !s)
        return c.fail(s.error());
    c.out << QCoreApplication::translate("pd::cli", "Password of %1 changed.").arg(c.session.username) << Qt::endl;
    return kOk;
}

} // namespace pd::cli
