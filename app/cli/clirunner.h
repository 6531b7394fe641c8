#pragma once

#include "core/result.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>

class QIODevice;
class QTextStream;

namespace pd {
struct Settlement;
struct Statement;
}

namespace pd::cli {

// Writes statements as one PDF (a page each); given by the program (it needs QtGui, which
// core does not have).
using StatementPdfWriter = std::function<Status(const QList<Statement> &statements, const QString &file)>;
// Writes the programme rules (HTML) as a PDF, each page headed by `pageHeader`.
using RulesPdfWriter = std::function<Status(const QString &html, const QString &pageHeader, const QString &file)>;
// Writes a month's partner settlement as a PDF, a page per partner.
using SettlementPdfWriter = std::function<Status(const Settlement &settlement, const QString &file)>;

// pointsdesk-cli: arguments in, exit code out. Messages go to `err`, results to `out`, whose
// device also receives CSV data (balances, exports without --out);
// `in` gives the administrator's password for `init --admin`. `cancel` is set by Ctrl-C.
// Exit codes: 0 done; 1 error (one line on err); 2 usage; 3 import finished with rejected rows;
// 4 the compliance checks found an error.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err, QIODevice *in,
        const std::atomic<bool> *cancel = nullptr, StatementPdfWriter writePdf = {}, RulesPdfWriter writeRulesPdf = {},
        SettlementPdfWriter writeSettlementPdf = {});

} // namespace pd::cli
