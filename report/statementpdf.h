#pragma once

#include "core/reports/statement.h"

class QPagedPaintDevice;

namespace pd::report {

// The monthly statement as an A4 PDF (QPdfWriter + QTextDocument), in the current language;
// Chinese text is embedded with a CJK font. Needs a QGuiApplication.
Status writeStatementPdf(const Statement &statement, const QString &file);
// Several statements, one per page (a store's batch).
Status writeStatementsPdf(const QList<Statement> &statements, const QString &file);
// The same pages on any paged device: a printer, its preview.
void renderStatements(const QList<Statement> &statements, QPagedPaintDevice *device);

QString statementHtml(const Statement &statement);

} // namespace pd::report
