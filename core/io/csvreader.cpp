#include "csvreader.h"

#include <QIODevice>

namespace pd {

namespace {
constexpr qint64 kChunk = 64 * 1024;
} // namespace

CsvReader::CsvReader(QIODevice *device, TextEncoding encoding) : m_device(device), m_decoder(encoding) {}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    m_buffer = m_device->read(kChunk);
    m_pos = 0;
    if (m_buffer.isEmpty()) {
        m_eof = true;
        return false;
    }
    if (m_atStart) {
        m_atStart = false;
        if (m_decoder.encoding() == TextEncoding::Utf8 && m_buffer.startsWith(kUtf8Bom))
            m_pos = 3; // a UTF-8 byte order mark, as spreadsheet programs write
    }
    return true;
}

void CsvReader::markBad(const QString &reason)
{
    if (m_recordError.isEmpty())
        m_recordError = reason;
}

void CsvReader::endField(CsvRecord &record)
{
    if (m_field.size() > kMaxFieldBytes)
        markBad(QCoreApplication::translate("pd::CsvReader", "field %1 is longer than %2 bytes").arg(record.fields.size() + 1).arg(kMaxFieldBytes));
    std::optional<QString> text = m_decoder.decode(m_field);
    if (!text)
        markBad(QCoreApplication::translate("pd::CsvReader", "field %1 is not valid %2 text")
                    .arg(record.fields.size() + 1)
                    .arg(textEncodingName(m_decoder.encoding())));
    record.fields << text.value_or(QString());
    m_field.clear();
}

CsvReader::Step CsvReader::next(CsvRecord &record)
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    for (;;) {
        record = CsvRecord{};
        record.line = m_line;
        m_field.clear();
        m_recordError.clear();
        State state = State::FieldStart;
        bool sawAnything = false;
        qint64 quoteLine = m_line;

        auto finish = [&]() {
            endField(record);
            record.error = m_recordError;
        };

        for (;;) {
            if (m_pos >= m_buffer.size() && !fill()) {
                // end of input
                if (state == State::Quoted) {
                    m_fatal = makeError(ErrorCode::InvalidInput,
                                        QCoreApplication::translate("pd::CsvReader", "line %1: a quoted field is never closed").arg(quoteLine));
                    return Step::Failed;
                }
                if (!sawAnything)
                    return Step::End;
                finish();
                return Step::Record;
            }
            const char c = m_buffer.at(m_pos++);
            sawAnything = true;
            if (c == '\0' || (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\r' && c != '\t'))
                markBad(QCoreApplication::translate("pd::CsvReader", "field %1 contains a NUL or control character").arg(record.fields.size() + 1));

            switch (state) {
            case State::FieldStart:
            case State::Unquoted:
                if (c == ',') {
                    endField(record);
                    state = State::FieldStart;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r') {
                        if (m_pos >= m_buffer.size())
                            fill();
                        if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n')
                            ++m_pos;
                    }
                    ++m_line;
                    finish();
                    // a blank line is no record
                    if (record.fields.size() == 1 && record.fields.constFirst().isEmpty() && record.error.isEmpty())
                        goto nextRecord;
                    return Step::Record;
                } else if (c == '"' && state == State::FieldStart) {
                    state = State::Quoted;
                    quoteLine = m_line;
                } else {
                    if (c == '"')
                        markBad(QCoreApplication::translate("pd::CsvReader", "field %1 has a quote inside an unquoted value").arg(record.fields.size() + 1));
                    m_field.append(c);
                    state = State::Unquoted;
                }
                break;
            case State::Quoted:
                if (c == '"') {
                    state = State::QuoteInQuoted;
                } else {
                    if (c == '\n')
                        ++m_line;
                    m_field.append(c);
                }
                break;
            case State::QuoteInQuoted:
                if (c == '"') {
                    m_field.append('"');
                    state = State::Quoted;
                } else if (c == ',') {
                    endField(record);
                    state = State::FieldStart;
                } else if (c == '\n' || c == '\r') {
                    --m_pos; // let the unquoted branch end the record
                    state = State::Unquoted;
                } else {
                    markBad(QCoreApplication::translate("pd::CsvReader", "field %1 has text after its closing quote").arg(record.fields.size() + 1));
                    m_field.append(c);
                    state = State::Unquoted;
                }
                break;
            }
            if (m_field.size() > kMaxFieldBytes + 1)
                m_field.truncate(kMaxFieldBytes + 1); // keep memory flat; the error is recorded at field end
        }
    nextRecord:;
    }
}

} // namespace pd
