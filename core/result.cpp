#include "result.h"

namespace pd {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput: return QStringLiteral("invalid-input");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::Duplicate: return QStringLiteral("duplicate");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::PermissionDenied: return QStringLiteral("permission-denied");
    case ErrorCode::AuthenticationFailed: return QStringLiteral("authentication-failed");
    case ErrorCode::AccountLocked: return QStringLiteral("account-locked");
    case ErrorCode::Database: return QStringLiteral("database");
    case ErrorCode::SchemaTooNew: return QStringLiteral("schema-too-new");
    case ErrorCode::Unsupported: return QStringLiteral("unsupported");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Contention: return QStringLiteral("contention");
    case ErrorCode::ConnectionLost: return QStringLiteral("connection-lost");
    case ErrorCode::OutcomeUnknown: return QStringLiteral("outcome-unknown");
    }
    return QStringLiteral("unknown");
}

void valueOfAnError(const Error &error)
{
    qFatal("the value of a failed operation was read; its error: %s", qUtf8Printable(error.describe()));
}

QString Error::describe() const
{
    QString text = message;
    if (!field.isEmpty())
        text = field + QStringLiteral(": ") + text;
    if (!detail.isEmpty())
        text += QStringLiteral(" (") + detail + QLatin1Char(')');
    return text;
}

} // namespace pd
