#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace pd::ui {

// Says when nobody has pressed a key, clicked, scrolled or touched the screen anywhere in the
// application for `interval`: a desk left alone (the idle lock, issue 20).
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    IdleWatcher(std::chrono::milliseconds interval, QObject *parent = nullptr);
    ~IdleWatcher() override;

    // While the desk is locked, input (typing the password) does not count as use.
    void pause();
    void resume();

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace pd::ui
