#include "core/io/csvreader.h"
#include "core/io/csvwriter.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace pd;

namespace {
struct Parsed
{
    QList<CsvRecord> records;
    bool failed = false;
    QString fatal;
};

Parsed parse(const QByteArray &bytes, TextEncoding encoding = TextEncoding::Utf8)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, encoding);
    Parsed p;
    for (;;) {
        CsvRecord r;
        const auto step = reader.next(r);
        if (step == CsvReader::Step::End)
            break;
        if (step == CsvReader::Step::Failed) {
            p.failed = true;
            p.fatal = reader.fatalError().message;
            break;
        }
        p.records << r;
    }
    return p;
}
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void wellFormed_data();
    void wellFormed();
    void badRecords_data();
    void badRecords();
    void gb18030_data();
    void gb18030();
    void encodingIsToldFromTheFirstBytes_data();
    void encodingIsToldFromTheFirstBytes();
    void unclosedQuoteIsFatalWithItsLine();
    void lineNumbersCountBreaksInsideQuotes();
    void crlfSplitAcrossChunks();
    void longFieldIsRejectedButReaderGoesOn();
    void writerQuotesAndNeutralizesFormulas();
    void randomRoundTrip();
    void randomBytesNeverCrash();
};

void TestCsvReader::wellFormed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("expected");
    using L = QList<QStringList>;
    QTest::newRow("simple") << QByteArray("a,b,c\n1,2,3\n") << L{{"a", "b", "c"}, {"1", "2", "3"}};
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << L{{"a", "b"}, {"1", "2"}};
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << L{{"a", "b"}, {"1", "2"}};
    QTest::newRow("empty fields") << QByteArray(",,\n") << L{{"", "", ""}};
    QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << L{{"a,b", "c"}};
    QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",x\n") << L{{"say \"hi\"", "x"}};
    QTest::newRow("newline in quotes") << QByteArray("\"l1\nl2\",x\n") << L{{"l1\nl2", "x"}};
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF" "code,name\n") << L{{"code", "name"}};
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\nb\n") << L{{"a"}, {"b"}};
    QTest::newRow("chinese") << QByteArray("张三,南阳\n") << L{{QStringLiteral("张三"), QStringLiteral("南阳")}};
    QTest::newRow("empty quoted") << QByteArray("\"\",a\n") << L{{"", "a"}};
    QTest::newRow("tab kept") << QByteArray("a\tb,c\n") << L{{"a\tb", "c"}};
}

void TestCsvReader::wellFormed()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, expected);
    const Parsed p = parse(input);
    QVERIFY(!p.failed);
    QCOMPARE(p.records.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(p.records.at(i).error, QString());
        QCOMPARE(p.records.at(i).fields, expected.at(i));
    }
}

void TestCsvReader::badRecords_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("nul") << QByteArray("ok,1\nbad\0x,2\nok,3\n", 18) << QStringLiteral("NUL or control");
    QTest::newRow("control") << QByteArray("ok,1\nbad\x07,2\nok,3\n") << QStringLiteral("NUL or control");
    QTest::newRow("invalid utf8") << QByteArray("ok,1\nbad\xFF\xFE,2\nok,3\n") << QStringLiteral("UTF-8");
    QTest::newRow("stray quote") << QByteArray("ok,1\nba\"d,2\nok,3\n") << QStringLiteral("quote inside");
    QTest::newRow("text after quote") << QByteArray("ok,1\n\"bad\"x,2\nok,3\n") << QStringLiteral("after its closing quote");
}

void TestCsvReader::badRecords()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, errorPart);
    const Parsed p = parse(input);
    QVERIFY(!p.failed);
    QCOMPARE(p.records.size(), 3);
    QCOMPARE(p.records.at(0).error, QString());
    QVERIFY2(p.records.at(1).error.contains(errorPart), qPrintable(p.records.at(1).error));
    QCOMPARE(p.records.at(1).line, 2);
    QCOMPARE(p.records.at(2).error, QString());
    QCOMPARE(p.records.at(2).fields, (QStringList{"ok", "3"}));
    QCOMPARE(p.records.at(2).line, 3);
}

void TestCsvReader::gb18030_data()
{
    // what Excel and WPS save on a Chinese PC; byte sequences from Python's gb18030 codec
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("error");
    QTest::newRow("two-byte") << QByteArray("\xD5\xC5\xC8\xFD,\xC4\xCF\xD1\xF4\r\n") << QStringList{QStringLiteral("张三"), QStringLiteral("南阳")} << QString();
    // a trail byte in the ASCII range (0x40 '@') is part of the character, not text of its own
    QTest::newRow("ascii-range trail byte") << QByteArray("\x81\x40,x\n") << QStringList{QStringLiteral("丂"), QStringLiteral("x")} << QString();
    QTest::newRow("four-byte, beyond the BMP") << QByteArray("\x95\x32\x82\x36\n") << QStringList{QStringLiteral("𠀀")} << QString();
    QTest::newRow("quoted, with a comma") << QByteArray("\"\xD1\xDB\xBE\xB5,\xCD\xF5\",1\n") << QStringList{QStringLiteral("眼镜,王"), QStringLiteral("1")} << QString();
    QTest::newRow("lone 0x80") << QByteArray("a\x80,b\n") << QStringList{QString(), QStringLiteral("b")} << QStringLiteral("field 1 is not valid GB18030 text");
    QTest::newRow("lead byte without its trail") << QByteArray("ok,\xD5\n") << QStringList{QStringLiteral("ok"), QString()} << QStringLiteral("field 2 is not valid GB18030 text");
}

void TestCsvReader::gb18030()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    QFETCH(QString, error);
    const Parsed p = parse(input, TextEncoding::Gb18030);
    QVERIFY(!p.failed);
    QCOMPARE(p.records.size(), 1);
    QCOMPARE(p.records.at(0).error, error);
    QCOMPARE(p.records.at(0).fields, expected);
    // the same bytes read as UTF-8 are refused, never taken as some other text
    if (input.contains('\xD5') || input.contains('\x95'))
        QVERIFY(!parse(input).records.at(0).error.isEmpty());
}

void TestCsvReader::encodingIsToldFromTheFirstBytes_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("expected"); // -1: refused
    QTest::newRow("ascii") << QByteArray("card_no,name\n8000000001,Li\n") << int(TextEncoding::Utf8);
    QTest::newRow("utf-8 chinese") << QStringLiteral("card_no,name\n8000000001,王小明\n").toUtf8() << int(TextEncoding::Utf8);
    QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF" "code\n") << int(TextEncoding::Utf8);
    // the first 64 KiB may end inside a character
    QTest::newRow("utf-8 cut inside a character") << QStringLiteral("a,王小明").toUtf8().chopped(1) << int(TextEncoding::Utf8);
    QTest::newRow("gbk names") << QByteArray("card_no,name\n8000000001,\xCD\xF5\xD0\xA1\xC3\xF7\n") << int(TextEncoding::Gb18030);
    QTest::newRow("gb18030 cut inside a four-byte character") << QByteArray("\xCD\xF5,\x95\x32\x82") << int(TextEncoding::Gb18030);
    QTest::newRow("neither") << QByteArray("a,\xFF\xFF\xFF\xFF,b\n") << -1;
    QTest::newRow("utf-16") << QByteArray("\xFF\xFE" "a\0,\0b\0", 8) << -1;
}

void TestCsvReader::encodingIsToldFromTheFirstBytes()
{
    QFETCH(QByteArray, head);
    QFETCH(int, expected);
    const auto told = detectTextEncoding(head);
    if (expected < 0) {
        QVERIFY(!told);
        QVERIFY2(told.error().message.contains("neither UTF-8 nor GB18030"), qPrintable(told.error().message));
        return;
    }
    QVERIFY2(told.ok(), qPrintable(told.error().message));
    QCOMPARE(int(told.value()), expected);
}

void TestCsvReader::unclosedQuoteIsFatalWithItsLine()
{
    const Parsed p = parse("a,b\n1,2\n3,\"open\nmore\n");
    QVERIFY(p.failed);
    QCOMPARE(p.records.size(), 2);
    QVERIFY2(p.fatal.contains(QLatin1String("line 3")), qPrintable(p.fatal));
}

void TestCsvReader::lineNumbersCountBreaksInsideQuotes()
{
    const Parsed p = parse("h\n\"a\nb\nc\"\nnext\r\nlast");
    QCOMPARE(p.records.size(), 4);
    QCOMPARE(p.records.at(1).line, 2);
    QCOMPARE(p.records.at(1).fields.constFirst(), QStringLiteral("a\nb\nc"));
    QCOMPARE(p.records.at(2).line, 5);
    QCOMPARE(p.records.at(2).fields.constFirst(), QStringLiteral("next"));
    QCOMPARE(p.records.at(3).line, 6);
    QVERIFY(!p.failed);
}

void TestCsvReader::crlfSplitAcrossChunks()
{
    // place a CR as the last byte of the first 64 KiB chunk
    QByteArray data;
    const QByteArray row = "x,y\r\n";
    while (data.size() < 64 * 1024 - 4)
        data += row;
    data.truncate(64 * 1024 - 4);
    data.append("z,w\r\nlast,row\r\n");
    const Parsed p = parse(data);
    QVERIFY(!p.failed);
    for (const CsvRecord &r : p.records)
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(p.records.constLast().fields, (QStringList{"last", "row"}));
}

void TestCsvReader::longFieldIsRejectedButReaderGoesOn()
{
    QByteArray data = "a," + QByteArray(CsvReader::kMaxFieldBytes + 1, 'x') + "\nb,ok\n";
    const Parsed p = parse(data);
    QCOMPARE(p.records.size(), 2);
    QVERIFY(p.records.at(0).error.contains(QLatin1String("longer than")));
    QCOMPARE(p.records.at(1).fields, (QStringList{"b", "ok"}));
    // exactly at the limit is fine
    const Parsed q = parse("a," + QByteArray(CsvReader::kMaxFieldBytes, 'y') + "\n");
    QCOMPARE(q.records.at(0).error, QString());
}

void TestCsvReader::writerQuotesAndNeutralizesFormulas()
{
    QCOMPARE(csv::line({"a", "b,c", "say \"x\""}), QByteArray("a,\"b,c\",\"say \"\"x\"\"\"\r\n"));
    QCOMPARE(csv::line({"=SUM(A1)", "+1", "-2-3", "@x", "\tx", "ok"}),
             QByteArray("'=SUM(A1),'+1,'-2-3,'@x,'\tx,ok\r\n"));
    QCOMPARE(csv::line({QStringLiteral("张三")}), QStringLiteral("张三\r\n").toUtf8());
    QCOMPARE(csv::line({"-400", "-1.5", "-1+2", "+86"}), QByteArray("-400,-1.5,'-1+2,'+86\r\n"));
}

void TestCsvReader::randomRoundTrip()
{
    QRandomGenerator rng(4180);
    const QString alphabet = QStringLiteral("ab,\"\n\r x张三0");
    for (int round = 0; round < 500; ++round) {
        QList<QStringList> rows;
        QByteArray data;
        const int nRows = 1 + rng.bounded(5);
        const int nFields = 1 + rng.bounded(4);
        for (int r = 0; r < nRows; ++r) {
            QStringList fields;
            for (int f = 0; f < nFields; ++f) {
                QString s = QStringLiteral("v"); // never empty, never formula-like, so rows never look blank
                for (int i = rng.bounded(8); i > 0; --i)
                    s += alphabet.at(rng.bounded(int(alphabet.size())));
                fields << s;
            }
            rows << fields;
            data += csv::line(fields);
        }
        const Parsed p = parse(data);
        QVERIFY(!p.failed);
        QCOMPARE(p.records.size(), rows.size());
        for (int r = 0; r < rows.size(); ++r)
            QCOMPARE(p.records.at(r).fields, rows.at(r));
    }
}

void TestCsvReader::randomBytesNeverCrash()
{
    QRandomGenerator rng(20261123);
    const char pool[] = {'a', ',', '"', '\n', '\r', '\0', '\x7f', '\xe5', '\xbc', '\xa0', ' '};
    for (int round = 0; round < 2000; ++round) {
        QByteArray data;
        for (int i = rng.bounded(200); i > 0; --i)
            data += pool[rng.bounded(int(sizeof(pool)))];
        const Parsed p = parse(data);
        // every record has a line number within the input
        const qint64 lines = data.count('\n') + data.count('\r') + 1;
        for (const CsvRecord &r : p.records)
            QVERIFY(r.line >= 1 && r.line <= lines);
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
