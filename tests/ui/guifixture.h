#pragma once

#include "core/db/sql.h"
#include "core/demo/demodata.h"
#include "core/integrity/invariants.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"
#include "ui/appcontext.h"
#include "ui/widgets/filechooser.h"
#include "ui/widgets/messagebox.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QHeaderView>
#include <QTableView>
#include <QTabBar>
#include <QTabWidget>
#include <QApplication>
#include <QInputMethodEvent>
#include <QWindow>
#include <QTest>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace pd::test {

// A demo database (stores, the five demo logins, `members` members with 张三 first) and an
// AppContext for a role, for driving real screens offscreen.
struct GuiFixture
{
    explicit GuiFixture(int members = 40) : clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc()))
    {
        if (!t.isValid())
            return;
        DemoOptions o;
        o.members = members;
        auto r = DemoData(t.db(), clock, PasswordHasher(PasswordHasher::fastForTests())).create(Session::system({}), o);
        ok = r.ok();
        ui::MessageBox::setRecordingForTests(true);
        ui::FileChooser::forgetAnswersForTests(); // an answer a test left unused is not the next test's
    }

    ui::AppContext context(Role role)
    {
        Session s;
        s.role = role;
        s.username = roleCode(role);
        // the demo's login for the role, so names shown for its actions are real (and its home store)
        auto user = sql::run(t.db().connection(),
                             QStringLiteral("SELECT u.id, s.code FROM users u LEFT JOIN stores s ON s.id = u.store_id WHERE u.username = ?"),
                             {s.username});
        const bool found = user && user.value().next();
        s.userId = found ? user.value().value(0).toLongLong() : 100 + int(role);
        s.storeCode = found ? user.value().value(1).toString() : QString();
        if (user)
            user.value().finish(); // an open statement would keep this connection's reads in the past
        return ui::AppContext{t.db(), clock, PasswordHasher(PasswordHasher::fastForTests()), s};
    }

    // After a screen wrote: the ledger's invariants, empty when they hold.
    QString invariantProblems()
    {
        auto r = checkLedgerInvariants(t.db());
        return r.ok() ? r->problems.join(QLatin1Char('\n')) : r.error().describe();
    }

    TestDatabase t;
    FixedClock clock;
    bool ok = false;
    // after every test that drove a screen: both chains, the invariants and the daily totals
    VerifiedAtEnd verified{t.isValid() ? &t.db() : nullptr};
};

// What the screens wrote, read straight from the database (test-side checking only).
inline qint64 balanceOf(Database &db, const QString &card)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT balance FROM members WHERE card_no = ?"), {card}).value().toLongLong();
}

inline qint64 count(GuiFixture &f, const char *table, const char *where = nullptr)
{
    return countRows(f.t.db(), QString::fromLatin1(table), where ? QString::fromLatin1(where) : QString());
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

// As a person uses a screen: only what is on screen and enabled can be clicked or typed into,
// with the mouse and the keyboard. A refused target fails the test (check
// QTest::currentTestFailed() after a call when later steps depend on it).
inline QWidget *usable(QObject *parent, const char *name)
{
    auto *w = parent->findChild<QWidget *>(QLatin1String(name));
    const auto fail = [name](const char *why) {
        QTest::qFail(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(name), QLatin1String(why))), __FILE__, __LINE__);
        return nullptr;
    };
    if (!w)
        return fail("does not exist");
    if (!w->isVisible())
        return fail("is not on screen");
    if (!w->isEnabled())
        return fail("is disabled");
    return w;
}

// Through the window system, as a real mouse: a double click is press, release, press,
// release (Qt makes the second press a double click), each delivered before the next.
inline void mouseAction(QWidget *w, bool twice, QPoint local = {})
{
    QWindow *window = w->window()->windowHandle();
    const QPoint at = w->mapTo(w->window(), local.isNull() ? w->rect().center() : local);
    if (twice)
        QTest::mouseDClick(window, Qt::LeftButton, {}, at);
    else
        QTest::mouseClick(window, Qt::LeftButton, {}, at);
}

inline void mouseClick(QObject *parent, const char *name)
{
    if (QWidget *w = usable(parent, name))
        mouseAction(w, false);
}

// A click on a column's title, scrolled sideways into sight first, as a person sorts a list.
inline void clickColumnTitle(QObject *parent, const char *view, int column)
{
    auto *v = qobject_cast<QTableView *>(usable(parent, view));
    if (!v)
        return;
    QHeaderView *header = v->horizontalHeader();
    if (v->model()->rowCount() > 0)
        v->scrollTo(v->model()->index(0, column));
    const int at = header->sectionViewportPosition(column);
    if (at < 0 || at >= header->viewport()->width()) {
        QTest::qFail(qPrintable(QStringLiteral("%1: the title of column %2 is not on screen").arg(QLatin1String(view)).arg(column)), __FILE__, __LINE__);
        return;
    }
    mouseAction(header->viewport(), false, QPoint(at + header->sectionSize(column) / 2, header->height() / 2));
}

// A click on one cell of a table view, scrolled into sight first as a person would.
inline void clickCell(QObject *parent, const char *view, int row, int column)
{
    auto *v = qobject_cast<QAbstractItemView *>(usable(parent, view));
    if (!v)
        return;
    const QModelIndex index = v->model()->index(row, column);
    v->scrollTo(index);
    const QRect cell = v->visualRect(index);
    if (!v->viewport()->rect().contains(cell.center())) {
        QTest::qFail(qPrintable(QStringLiteral("%1: row %2 cannot be brought into sight").arg(QLatin1String(view)).arg(row)), __FILE__, __LINE__);
        return;
    }
    mouseAction(v->viewport(), false, cell.center());
}

// Selects what the widget holds and types over it: Latin text key by key, Chinese as an input
// method commits it.
inline void replaceByTyping(QWidget *w, const QString &text)
{
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(w, Qt::Key_Delete);
    bool latin = true;
    for (QChar c : text)
        latin = latin && c.unicode() < 128;
    if (latin) {
        QTest::keyClicks(w, text);
    } else {
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(w, &commit);
    }
}

// Edits one cell as a person does: a click on it, F2, the old value replaced by typing, Enter.
inline void editCell(QObject *parent, const char *view, int row, int column, const QString &text)
{
    clickCell(parent, view, row, column);
    auto *v = qobject_cast<QAbstractItemView *>(usable(parent, view));
    if (!v)
        return;
    // keyboard focus needs an active window (a real X server gives it only on request)
    v->window()->activateWindow();
    if (!QTest::qWaitForWindowActive(v->window()))
        QTest::qFail("the window does not become active", __FILE__, __LINE__);
    QTest::keyClick(v, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    if (!editor || editor == v || !v->isAncestorOf(editor)) {
        QTest::qFail(qPrintable(QStringLiteral("%1: cell %2,%3 does not open for editing").arg(QLatin1String(view)).arg(row).arg(column)),
                     __FILE__, __LINE__);
        return;
    }
    replaceByTyping(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the view commits and closes the editor from its event loop
    if (QApplication::focusWidget() == editor)
        QTest::qFail(qPrintable(QStringLiteral("%1: the editor of cell %2,%3 stayed open").arg(QLatin1String(view)).arg(row).arg(column)),
                     __FILE__, __LINE__);
}

inline void doubleClick(QObject *parent, const char *name)
{
    if (QWidget *w = usable(parent, name))
        mouseAction(w, true);
}

// Replaces the field's text by typing: Latin text key by key, Chinese as an input method
// commits it.
inline void type(QObject *parent, const char *name, const QString &text)
{
    if (QWidget *w = usable(parent, name))
        replaceByTyping(w, text);
}

// Types a number into a spin box, replacing what it held.
inline void typeNumber(QObject *parent, const char *name, qint64 value)
{
    QWidget *w = usable(parent, name);
    if (!w)
        return;
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(w, QString::number(value));
}

// Picks the entry holding `data` from a drop-down list with the keyboard (Home, then Down
// until it is reached), as a person who tabbed into it would.
inline void choose(QObject *parent, const char *name, const QVariant &data)
{
    auto *combo = qobject_cast<QComboBox *>(usable(parent, name));
    if (!combo)
        return;
    const int index = combo->findData(data);
    if (index < 0) {
        QTest::qFail(qPrintable(QStringLiteral("%1 offers no %2").arg(QLatin1String(name), data.toString())), __FILE__, __LINE__);
        return;
    }
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    if (combo->currentIndex() != index)
        QTest::qFail(qPrintable(QStringLiteral("%1: entry %2 cannot be reached").arg(QLatin1String(name)).arg(index)), __FILE__, __LINE__);
}

// A click on a tab's title.
inline void clickTab(QObject *parent, const char *tabs, int index)
{
    auto *widget = qobject_cast<QTabWidget *>(usable(parent, tabs));
    if (!widget)
        return;
    QTabBar *bar = widget->tabBar();
    mouseAction(bar, false, bar->tabRect(index).center());
}

inline void pressEnter(QObject *parent, const char *name)
{
    if (QWidget *w = usable(parent, name))
        QTest::keyClick(w, Qt::Key_Return);
}

} // namespace pd::test

#define PD_GUI_FIXTURE(name, ...)                                                                \
    pd::test::GuiFixture name{__VA_ARGS__};                                                      \
    QVERIFY2(name.t.isValid() && name.ok, qPrintable(name.t.error()))
