#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

#include <memory>
#include <optional>

namespace pd {

// The encodings a CSV file reaches the back office in: UTF-8 (with or without a byte order
// mark), or GB18030 — what Excel and WPS save on a Chinese Windows PC ("CSV (逗号分隔)"), of
// which GBK and GB2312 are subsets.
enum class TextEncoding { Auto, Utf8, Gb18030 };

// The UTF-8 byte order mark: skipped when read, written first in files meant for spreadsheets.
inline constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

// "auto", "utf-8" (or "utf8"), "gb18030" (or "gbk", "gb2312"), any case.
Result<TextEncoding> textEncodingFromName(const QString &name);
QString textEncodingName(TextEncoding encoding); // "UTF-8", "GB18030"

// The encoding of a file from its first bytes: UTF-8 when it starts with a byte order mark or
// is valid UTF-8 (a character cut at the end of `head` is not held against it), else GB18030
// when it is valid GB18030; otherwise an error asking for the encoding. ICU's statistical
// detector is not used: a members file holds too little text for it (two names read as
// ISO-8859-1, see docs/decisions.md).
Result<TextEncoding> detectTextEncoding(const QByteArray &head);

// Decodes one field at a time, refusing bytes that are not valid in the encoding (no
// replacement characters slip into the database).
class FieldDecoder
{
public:
    explicit FieldDecoder(TextEncoding encoding);
    ~FieldDecoder();
    FieldDecoder(const FieldDecoder &) = delete;
    FieldDecoder &operator=(const FieldDecoder &) = delete;

    TextEncoding encoding() const { return m_encoding; }
    // The text, or nullopt when the bytes are not valid in the encoding.
    std::optional<QString> decode(const QByteArray &bytes);

private:
    struct Icu;
    TextEncoding m_encoding;
    QStringDecoder m_utf8{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
    std::unique_ptr<Icu> m_icu; // GB18030 only
};

} // namespace pd
