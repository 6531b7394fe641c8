#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace pd {

// Writes a file that holds personal data readable by its owner only (0600), whole or not at
// all: a failed write leaves any earlier file at `path` as it was.
Status writePrivateFile(const QString &path, const QByteArray &data);

} // namespace pd
