#pragma once

#include <QStringList>

#include <atomic>

class QIODevice;
class QTextStream;

namespace pd::cli {

// pointsdesk-cli: arguments in, exit code out. Messages go to `err`, results to `out`;
// `in` gives the administrator's password for `init --admin`. `cancel` is set by Ctrl-C.
// Exit codes: 0 done; 1 error (one line on err); 2 usage; 3 import finished with rejected rows.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err, QIODevice *in,
        const std::atomic<bool> *cancel = nullptr);

} // namespace pd::cli
