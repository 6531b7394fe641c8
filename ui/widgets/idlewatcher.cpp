#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace pd::ui {

IdleWatcher::IdleWatcher(std::chrono::milliseconds interval, QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.start();
}

IdleWatcher::~IdleWatcher()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::pause()
{
    m_timer.stop();
}

void IdleWatcher::resume()
{
    m_timer.start();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        // a moving mouse is someone at the desk; the timer restarts only while it runs
        if (m_timer.isActive())
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pd::ui
