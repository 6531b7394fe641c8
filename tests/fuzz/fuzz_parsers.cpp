// The parsers of what people and POS files type: amounts, times, dates, months, mobile
// numbers and the expiry policy. Whatever they accept must be what they claim.
#include "core/io/timeparse.h"
#include "core/pointsmath.h"
#include "core/members/member.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (auto fen = pd::points::parseYuan(text, QStringLiteral("amount"))) {
        if (fen.value() < 0 || fen.value() > pd::points::kMaxReceiptFen)
            std::abort();
        // an accepted amount prints back to the same value
        if (pd::points::parseYuan(pd::points::formatYuan(fen.value()), QStringLiteral("amount")).value() != fen.value())
            std::abort();
    }
    if (auto time = pd::parseBusinessTime(text); time && !time.value().isValid())
        std::abort();
    if (auto day = pd::parseIsoDate(text, QStringLiteral("date")); day && !day.value().isValid())
        std::abort();
    if (auto month = pd::parseIsoMonth(text, QStringLiteral("month")); month && month.value().day() != 1)
        std::abort();
    if (pd::members::validateMobile(text) && (text.size() != 11 || !text.startsWith(QLatin1Char('1'))))
        std::abort();
    (void)pd::members::maskMobile(text);
    if (auto policy = pd::points::ExpiryPolicy::parse(text)) {
        if (pd::points::ExpiryPolicy::parse(policy->toString())->toString() != policy->toString())
            std::abort();
    }
    return 0;
}
