#pragma once

#include "cli/clirunner.h"

#include <QBuffer>
#include <QStringList>
#include <QTextStream>

namespace pd::test {

// What one run of pointsdesk-cli said and how it ended.
struct Run
{
    int code = -1;
    QString out, err;
    QByteArray outBytes; // standard output as written (QString::fromUtf8 drops a byte order mark)
};

// Runs the command line in this process (no PDF writer) on `location`, `stdinText` as its input.
inline Run runCli(const QString &location, const QStringList &args, const QByteArray &stdinText = {})
{
    Run r;
    QBuffer outDevice(&r.outBytes);
    outDevice.open(QIODevice::WriteOnly);
    QTextStream out(&outDevice), err(&r.err);
    QByteArray input = stdinText;
    QBuffer in(&input);
    in.open(QIODevice::ReadOnly);
    QStringList argv{QStringLiteral("pointsdesk-cli")};
    if (!location.isEmpty())
        argv << QStringLiteral("--db") << location;
    r.code = cli::run(argv + args, out, err, &in);
    out.flush();
    err.flush();
    r.out = QString::fromUtf8(r.outBytes);
    return r;
}

} // namespace pd::test
