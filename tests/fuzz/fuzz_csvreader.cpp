// The one CSV reader: any bytes end in records, per-record errors or one fatal error —
// never a crash, a hang, or a record longer than the field limit allows — in either encoding
// (the first byte chooses), and telling the encoding of any bytes never crashes.
#include "core/io/csvreader.h"

#include <QBuffer>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto encoding = size > 0 && (data[0] & 1) ? pd::TextEncoding::Gb18030 : pd::TextEncoding::Utf8;
    (void)pd::detectTextEncoding(bytes);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    pd::CsvReader reader(&buffer, encoding);
    pd::CsvRecord record;
    qint64 lastLine = 0;
    for (int n = 0; n < 1'000'000; ++n) {
        const auto step = reader.next(record);
        if (step != pd::CsvReader::Step::Record)
            break;
        // lines only go forward, and no field outgrows the limit
        if (record.line < lastLine)
            std::abort();
        lastLine = record.line;
        for (const QString &field : std::as_const(record.fields))
            if (field.size() > pd::CsvReader::kMaxFieldBytes)
                std::abort();
    }
    return 0;
}
