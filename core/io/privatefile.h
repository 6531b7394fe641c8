#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace pd {

// Writes a file that holds personal data readable by its owner only (0600), whole or not at
// all: a failed write leaves any earlier file at `path` as it was.
Status writePrivateFile(const QString &path, const QByteArray &data);

// From now on this process creates its files readable and writable by their owner only
// (umask 077): the SQLite database with its WAL and shared-memory files, the copies kept
// before an upgrade, exports. Both programs call it first thing.
void keepNewFilesPrivate();

// Whether users other than the file's owner may read it (a database created before, or
// copied in with the wrong mode).
bool readableByOthers(const QString &path);
// What to tell the person who opened such a database, with the command that fixes it.
QString readableByOthersWarning(const QString &path);

} // namespace pd
