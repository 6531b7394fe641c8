#include "postingguard.h"

#include <QAbstractButton>
#include <QKeyEvent>
#include <QWidget>

namespace pd::ui {

PostingGuard::PostingGuard(QAbstractButton *button, std::function<bool()> post)
    : QObject(button), m_button(button), m_post(std::move(post))
{
    connect(m_button, &QAbstractButton::clicked, this, &PostingGuard::trigger);
    updateButton();
}

void PostingGuard::setReady(bool ready)
{
    m_ready = ready;
    updateButton();
}

void PostingGuard::startNewIntent()
{
    m_spent = false;
    updateButton();
}

void PostingGuard::trigger()
{
    if (!m_ready || m_running || m_spent || m_button->isHidden())
        return;
    // spent before the operation runs: the second click of a double click, queued while the
    // first one posts, finds the button disabled and the intent used up
    m_running = true;
    m_spent = true;
    updateButton();
    const bool posted = m_post();
    m_running = false;
    m_spent = posted;
    updateButton();
}

void PostingGuard::postOnEnter(std::initializer_list<QWidget *> fields)
{
    for (QWidget *field : fields)
        field->installEventFilter(this);
}

bool PostingGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            trigger();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void PostingGuard::updateButton()
{
    m_button->setEnabled(m_ready && !m_running && !m_spent);
}

} // namespace pd::ui
