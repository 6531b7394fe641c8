// The parsers of what people and POS files type: amounts, times, dates, months, mobile
// numbers and the expiry policy. Whatever they accept must be what they claim. And the reader
// of stored breakdowns: never past the end of any input, and on a JSON object's compact form
// exactly its top-level fields.
#include "core/io/timeparse.h"
#include "core/ledger/breakdownfields.h"
#include "core/pointsmath.h"
#include "core/members/member.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

namespace {

bool within(QByteArrayView part, QByteArrayView whole)
{
    return part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size();
}

void checkBreakdownFields(QByteArrayView input)
{
    pd::breakdownfields::forEachTopLevel(input, [&](QByteArrayView key, QByteArrayView value) {
        if (!within(key, input) || !within(value, input))
            std::abort();
    });
    const QJsonDocument doc = QJsonDocument::fromJson(input.toByteArray());
    if (!doc.isObject())
        return;
    const QJsonObject object = doc.object();
    const QByteArray compact = doc.toJson(QJsonDocument::Compact);
    const bool plain = !compact.contains('\\');
    QStringList keys;
    pd::breakdownfields::forEachTopLevel(compact, [&](QByteArrayView key, QByteArrayView value) {
        keys << QString::fromUtf8(key);
        if (!plain)
            return;
        const QJsonValue expected = object.value(keys.last());
        // a scalar is given as the serializer wrote it
        if (expected.isString() ? QString::fromUtf8(value) != expected.toString()
                                : !expected.isObject() && !expected.isArray()
                                      && QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact) != "[" + value.toByteArray() + "]")
            std::abort();
    });
    QStringList scalars; // nested values are skipped whole
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!it.value().isObject() && !it.value().isArray())
            scalars << it.key();
    if (keys.size() != scalars.size() || (plain && keys != scalars))
        std::abort();
}

} // namespace

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
    checkBreakdownFields(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
