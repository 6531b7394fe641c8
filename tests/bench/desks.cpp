#include "desks.h"

#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/receipts/receiptservice.h"
#include "stats.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QRandomGenerator>
#include <QThread>

#include <atomic>

namespace pd::bench {

Result<DesksFigures> postFromDesks(const Database &db, const Clock &clock, int desks, int perDesk, qint64 members, const QStringList &stores,
                                   const QString &prefix)
{
    QMutex lock;
    Samples latencies;
    DesksFigures figures;
    std::optional<Error> failure;
    std::atomic<int> ready = 0;
    std::atomic<bool> go = false;
    QList<QThread *> threads;
    for (int d = 0; d < desks; ++d) {
        threads.append(QThread::create([&, d] {
            const QString name = QStringLiteral("bench-desk-%1").arg(d);
            Samples own;
            qint64 retries = 0;
            std::optional<Error> problem;
            {
                auto opened = db.openAnother(name);
                ++ready;
                while (!go)
                    QThread::yieldCurrentThread();
                if (!opened) {
                    problem = opened.error();
                } else {
                    Database &desk = *opened.value();
                    ReceiptService receipts(desk, clock);
                    const Session session = Session::system(QStringLiteral("bench"));
                    QRandomGenerator random(quint32(1000 + d));
                    const qint64 ownMembers = std::max<qint64>(1, (members - d) / desks);
                    for (int i = 0; i < perDesk && !problem; ++i) {
                        const qint64 member = 1 + d + desks * qint64(random.bounded(quint64(ownMembers)));
                        const ReceiptInput in{stores.at(i % stores.size()), QStringLiteral("%1-%2-%3").arg(prefix).arg(d).arg(i),
                                              QString::number(8000000000LL + member), clock.nowUtc().addSecs(-60), QStringLiteral("supermarket"),
                                              1000 + random.bounded(50000), 0, 0};
                        Result<ReceiptOutcome> posted = ReceiptOutcome{};
                        own.add(timeMicros([&] { posted = receipts.post(session, in); }));
                        if (!posted)
                            problem = posted.error();
                    }
                    retries = desk.conflictRetries();
                }
            }
            sql::forgetPrepared(name);
            QMutexLocker guard(&lock);
            if (problem && !failure)
                failure = problem;
            for (qsizetype i = 0; i < own.count(); ++i)
                latencies.add(own.at(i));
            figures.posted += own.count();
            figures.conflictRetries += retries;
        }));
        threads.last()->start();
    }
    while (ready < desks)
        QThread::msleep(1);
    QElapsedTimer t;
    t.start();
    go = true;
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    if (failure)
        return *failure;
    figures.receiptsPerSecond = double(figures.posted) / seconds;
    figures.p99Ms = latencies.percentile(99) / 1000.0;
    return figures;
}

} // namespace pd::bench
