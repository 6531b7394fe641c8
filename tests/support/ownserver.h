#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

namespace pd::test {

// A PostgreSQL server of the test's own on 127.0.0.1, stopped and started as a chain's
// server is restarted.
class OwnServer
{
public:
    // initdb in a folder of its own, a start on a free port and an empty database of that
    // name; `why` says what failed
    bool create(const QString &database, QString &why);
    bool stop(const char *mode); // "immediate": as a crash stops it
    bool start();
    void destroy();
    // Stopped as a crash stops it, and started again.
    bool crashAndRestart() { return stop("immediate") && start(); }
    // From now on the server writes each COMMIT and then waits for a synchronous standby that
    // never answers, so the client never hears back. Empty, or what failed.
    QString holdCommits(const QString &database);
    // Waits (on a connection of its own) until a COMMIT is held, then lets the next start
    // run without the standby and crashes and restarts the server: whether it did. Without a
    // COMMIT held in time, releases them instead.
    bool crashWhileACommitIsHeld(const QString &database);
    QString url(const QString &database) const
    {
        return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(database);
    }

private:
    bool createDatabase(const QString &database, QString &why);
    bool runTool(const QString &tool, const QStringList &args, QString *output = nullptr);

    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
};

// Waits until `condition` holds (asked every 20 ms), at most `timeoutMs`.
bool waitFor(const std::function<bool()> &condition, int timeoutMs = 15000);

} // namespace pd::test
