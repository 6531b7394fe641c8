#pragma once

#include "core/db/sql.h"
#include "core/receipts/receiptservice.h"
#include "guifixture.h"
#include "ui/pages/counterpage.h"

#include <QFile>
#include <QLineEdit>
#include <QRegularExpression>

// What the counter tests share (tst_counterpage: receipts, returns, slips, donations, check-ins;
// tst_counterredemption: redemptions, their slips, prizes, the item list).
namespace pd::test {

inline qint64 stockOf(Database &db, const QString &code)
{
    return sql::scalar(db.connection(), "SELECT stock FROM catalog_items WHERE code = ?", {code}).value().toLongLong();
}

// Points for 张三 (normal credit unless the test says otherwise): one receipt of ¥yuan.
inline void givePoints(GuiFixture &f, qint64 yuan)
{
    ReceiptInput in{"NY01", "GIFT-R1", "8000000001", f.clock.nowUtc().addSecs(-600), "supermarket", yuan * 100, 0, 0};
    QVERIFY(ReceiptService(f.t.db(), f.clock).post(Session::system("tester"), in).ok());
}

inline void chooseZhangSan(ui::CounterPage &page)
{
    type(&page, "findEdit", "zs");
    QTest::keyClick(child<QLineEdit>(&page, "findEdit"), Qt::Key_Return);
}

inline void chooseItem(QObject *page, const char *code)
{
    choose(page, "itemCombo", QString::fromLatin1(code));
}

// The width of a PDF's first page in whole millimetres, from its MediaBox (in points).
inline int pageWidthMm(const QString &pdf)
{
    QFile file(pdf);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression box(QStringLiteral("/MediaBox \\[\\s*0\\s+0\\s+([0-9.]+)"));
    const auto m = box.match(QString::fromLatin1(file.readAll()));
    return m.hasMatch() ? qRound(m.captured(1).toDouble() * 25.4 / 72.0) : -1;
}

// As the cashier does: types into the search field and presses Enter.
inline void findByTyping(ui::CounterPage &page, const QString &what)
{
    type(&page, "findEdit", what);
    pressEnter(&page, "findEdit");
}

} // namespace pd::test
