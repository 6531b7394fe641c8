#pragma once

#include "core/demo/demodata.h"
#include "support/testdatabase.h"
#include "ui/appcontext.h"
#include "ui/widgets/messagebox.h"

#include <QAbstractButton>
#include <QApplication>
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
    }

    ui::AppContext context(Role role)
    {
        Session s;
        s.role = role;
        s.userId = 100 + int(role);
        s.username = roleCode(role);
        return ui::AppContext{t.db(), clock, PasswordHasher(PasswordHasher::fastForTests()), s};
    }

    TestDatabase t;
    FixedClock clock;
    bool ok = false;
};

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

inline void setText(QObject *parent, const char *name, const QString &text)
{
    QLineEdit *e = child<QLineEdit>(parent, name);
    e->clear();
    e->insert(text);
}

inline void click(QObject *parent, const char *name)
{
    child<QAbstractButton>(parent, name)->click();
}

} // namespace pd::test

#define PD_GUI_FIXTURE(name, ...)                                                                \
    pd::test::GuiFixture name{__VA_ARGS__};                                                      \
    QVERIFY2(name.t.isValid() && name.ok, qPrintable(name.t.error()))
