#include "screens.h"

#include "core/auth/passwordhasher.h"
#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/members/memberservice.h"
#include "stats.h"
#include "ui/appcontext.h"
#include "ui/dialogs/memberdetaildialog.h"
#include "ui/pages/memberspage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTableView>

namespace pd::bench {

namespace {

// Until every table the widget shows that has a model has rows: what the user waits for.
qint64 untilRows(QWidget &w)
{
    return timeMicros([&] {
        w.show();
        for (int spin = 0; spin < 100000; ++spin) {
            QApplication::processEvents();
            const auto views = w.findChildren<QTableView *>();
            bool all = !views.isEmpty();
            for (QTableView *v : views)
                all = all && v->model() && v->model()->rowCount() > 0;
            if (all)
                return;
        }
    });
}

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const auto m = QRegularExpression(QStringLiteral("VmHWM:\\s+(\\d+) kB")).match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : -1;
}

} // namespace

QJsonObject measureScreens(const QString &databaseFile, const QString &card, int runs)
{
    auto db = Database::open(databaseFile, QStringLiteral("screens"));
    if (!db)
        return {{QStringLiteral("error"), db.error().describe()}};
    SystemClock clock;
    Session session = Session::system(QStringLiteral("bench"));
    ui::AppContext context{*db.value(), clock, PasswordHasher(PasswordHasher::fastForTests()), session};
    auto member = MemberService(*db.value(), clock).memberByCard(session, card);
    if (!member)
        return {{QStringLiteral("error"), member.error().describe()}};
    Samples list, detail;
    for (int r = 0; r < runs; ++r) {
        {
            ui::MembersPage page(context);
            list.add(untilRows(page));
        }
        {
            ui::MemberDetailDialog dialog(context, member.value());
            detail.add(untilRows(dialog));
        }
    }
    ui::MembersPage open(context); // the screen stays open while the peak is read
    untilRows(open);
    return {{QStringLiteral("members_first_rows_ms"), list.median() / 1000.0},
            {QStringLiteral("detail_first_rows_ms"), detail.median() / 1000.0},
            {QStringLiteral("peak_rss_mb"), peakRssMb()}};
}

} // namespace pd::bench
