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
    bool start(const QStringList &settings = {});
    void destroy();
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
