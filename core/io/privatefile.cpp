#include "privatefile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace pd {

Status writePrivateFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    // permissions are set on the temporary file before a byte is written to it
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(data) != data.size() || !file.commit())
        return makeError(ErrorCode::Io, QCoreApplication::translate("pd::io", "Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace pd
