#pragma once

#include "core/db/database.h"
#include "core/result.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QUuid>

#include <functional>

namespace pd::ui {

// Runs `work` on a thread of its own, so long work never freezes the screen; what it returns
// is handed to `done` on the GUI thread, unless `owner` is gone by then. The thread is a child
// of `owner`, which waits for it before it is destroyed (QThread::wait in its destructor).
template<typename Value>
QThread *runOnOwnThread(QObject *owner, std::function<Value()> work, std::function<void(Value)> done)
{
    QPointer<QObject> guard(owner);
    QThread *thread = QThread::create([work = std::move(work), done = std::move(done), guard] {
        Value result = work();
        QMetaObject::invokeMethod(
            guard,
            [guard, done, result = std::move(result)]() mutable {
                if (guard)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
    thread->setParent(owner);
    thread->start();
    return thread;
}

// The same with a database connection of its own (a connection belongs to the thread that
// opened it), for long reads and batch jobs.
template<typename Value>
QThread *runOnOwnConnection(QObject *owner, Database &db, const QString &purpose, std::function<Result<Value>(Database &)> work,
                            std::function<void(Result<Value>)> done)
{
    return runOnOwnThread<Result<Value>>(
        owner,
        [&db, purpose, work = std::move(work)]() -> Result<Value> {
            auto own = db.openAnother(purpose + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::WithoutBraces));
            Result<Value> result = own ? work(*own.value()) : Result<Value>(own.error());
            own = Error{}; // closed on this thread, which opened it
            return result;
        },
        std::move(done));
}

// After the worker's result arrived: waits for its thread to end (it has posted its last
// words), lets it go and forgets it.
inline void releaseWorker(QThread *&thread)
{
    if (!thread)
        return;
    thread->wait();
    thread->deleteLater();
    thread = nullptr;
}

} // namespace pd::ui
