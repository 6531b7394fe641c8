#include "textencoding.h"

#include <unicode/ucnv.h>

#include <algorithm>

namespace pd {

Result<TextEncoding> textEncodingFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("auto"))
        return TextEncoding::Auto;
    if (n == QLatin1String("utf-8") || n == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (n == QLatin1String("gb18030") || n == QLatin1String("gbk") || n == QLatin1String("gb2312"))
        return TextEncoding::Gb18030;
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("pd::TextEncoding", "\"%1\" is not an encoding PointsDesk reads: use auto, utf-8 or gb18030").arg(name),
                     QStringLiteral("encoding"));
}

QString textEncodingName(TextEncoding encoding)
{
    return encoding == TextEncoding::Gb18030 ? QStringLiteral("GB18030") : QStringLiteral("UTF-8");
}

struct FieldDecoder::Icu
{
    UConverter *converter = nullptr;
    ~Icu()
    {
        if (converter)
            ucnv_close(converter);
    }
};

FieldDecoder::FieldDecoder(TextEncoding encoding) : m_encoding(encoding == TextEncoding::Gb18030 ? encoding : TextEncoding::Utf8)
{
    if (m_encoding != TextEncoding::Gb18030)
        return;
    m_icu = std::make_unique<Icu>();
    UErrorCode status = U_ZERO_ERROR;
    m_icu->converter = ucnv_open("GB18030", &status);
    if (U_SUCCESS(status))
        ucnv_setToUCallBack(m_icu->converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status) && m_icu->converter) {
        ucnv_close(m_icu->converter);
        m_icu->converter = nullptr; // every field is then refused: nothing is read wrongly
    }
}

FieldDecoder::~FieldDecoder() = default;

std::optional<QString> FieldDecoder::decode(const QByteArray &bytes)
{
    if (m_encoding == TextEncoding::Utf8) {
        QString text = m_utf8.decode(bytes);
        if (m_utf8.hasError()) {
            m_utf8.resetState();
            return std::nullopt;
        }
        return text;
    }
    if (!m_icu->converter)
        return std::nullopt;
    if (bytes.isEmpty())
        return QString();
    ucnv_reset(m_icu->converter);
    // GB18030 never takes more UTF-16 units than bytes
    QString text(bytes.size(), Qt::Uninitialized);
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = ucnv_toUChars(m_icu->converter, reinterpret_cast<UChar *>(text.data()), int32_t(text.size()), bytes.constData(),
                                         int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    text.truncate(length);
    return text;
}

Result<TextEncoding> detectTextEncoding(const QByteArray &head)
{
    if (head.startsWith(kUtf8Bom))
        return TextEncoding::Utf8;
    // a stateful decoder keeps a character cut at the end of the head without calling it an error
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(head); // decode() only converts when its result is taken
    if (!utf8.hasError())
        return TextEncoding::Utf8;
    // the same allowance for GB18030: up to three bytes of a four-byte character at the end
    FieldDecoder gb(TextEncoding::Gb18030);
    for (qsizetype cut = 0; cut <= std::min<qsizetype>(3, head.size()); ++cut)
        if (gb.decode(head.first(head.size() - cut)))
            return TextEncoding::Gb18030;
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("pd::TextEncoding",
                                                 "The file is neither UTF-8 nor GB18030 text: save it as \"CSV UTF-8\" (or as CSV from Excel or WPS on a "
                                                 "Chinese PC), or name its encoding"),
                     QStringLiteral("encoding"));
}

} // namespace pd
