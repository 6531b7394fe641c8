#include "privatefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <sys/stat.h>

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

void keepNewFilesPrivate()
{
    ::umask(S_IRWXG | S_IRWXO);
}

bool readableByOthers(const QString &path)
{
    return QFile::exists(path) && (QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther));
}

QString readableByOthersWarning(const QString &path)
{
    return QCoreApplication::translate("pd::io", "Other users of this computer can read %1, with members' names and mobiles inside. "
                                                 "Make it yours alone: chmod 600 \"%1\"")
        .arg(path);
}

} // namespace pd
