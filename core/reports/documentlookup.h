#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pd {

class Database;
struct Session;

// A receipt, return or redemption found by the number on its slip, told as the desk reads it.
struct FoundDocument
{
    QString kind; // "receipt", "return", "redemption"
    QString storeCode;
    QString number;
    QString cardNo;
    QString memberName;
    QDateTime businessTime;
    QString summary; // "¥368.00 paid, 368 points; ¥0.00 returned"
};

// Every document of one store with that number (a receipt, a return and a redemption may
// share one). Needs the right to read members.
Result<QList<FoundDocument>> findDocuments(Database &db, const Session &session, const QString &storeCode, const QString &number);

// "Receipt NY01-000123 · card 8000000001 张三 · 2026-12-01 06:55 · ¥368.00 paid, 368 points"
QString describeDocument(const FoundDocument &d);

} // namespace pd
