#pragma once

#include "core/io/textencoding.h"
#include "core/result.h"

#include <QByteArray>
#include <QStringList>

class QIODevice;

namespace pd {

struct CsvRecord
{
    qint64 line = 0;       // the physical line the record starts on, 1-based
    QStringList fields;
    QString error;         // set when this record is unreadable (the reader goes on)
};

// The one RFC 4180 reader of PointsDesk. Streams from a device in chunks; fields may be
// quoted, contain commas, doubled quotes and line breaks; records end with LF or CRLF.
// The text is UTF-8 (a byte order mark is skipped) or GB18030: neither ever uses the bytes of
// a comma, quote, CR or LF inside a character, so records are split on bytes and each field is
// decoded on its own. A record with a NUL or control character, bytes invalid in the encoding,
// a stray quote or a field over kMaxFieldBytes comes back with `error` set and the reader
// continues with the next record. A quote left open at the end of the input is fatal: next()
// returns Failed.
class CsvReader
{
public:
    static constexpr qsizetype kMaxFieldBytes = 4096;
    enum class Step { Record, End, Failed };

    explicit CsvReader(QIODevice *device, TextEncoding encoding = TextEncoding::Utf8);

    Step next(CsvRecord &record);
    Error fatalError() const { return m_fatal; }

private:
    bool fill();
    void endField(CsvRecord &record);
    void markBad(const QString &reason);

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_atStart = true;
    qint64 m_line = 1;
    QByteArray m_field;
    QString m_recordError;
    FieldDecoder m_decoder;
    Error m_fatal;
};

} // namespace pd
