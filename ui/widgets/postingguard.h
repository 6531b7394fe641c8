#pragma once

#include <QObject>

#include <functional>
#include <initializer_list>

class QAbstractButton;
class QWidget;

namespace pd::ui {

// One intent, one posting. A posting button (receipt, return, redemption, donation …) is
// enabled only while its form holds a valid intent that has not been posted yet. Running the
// operation uses the intent up before it starts, and success keeps it used up, so a double
// click, a key repeat or a refresh of the form after the posting cannot post it again. Only
// the cashier's next edit of the form (startNewIntent) makes a new one.
class PostingGuard : public QObject
{
    Q_OBJECT
public:
    // `post` runs the operation and returns whether it was made.
    PostingGuard(QAbstractButton *button, std::function<bool()> post);

    // The form's input can be posted (the preview found no error).
    void setReady(bool ready);
    // The cashier changed the form: whatever follows is a new intent.
    void startNewIntent();
    // The last intent was posted and nothing has changed since.
    bool isSpent() const { return m_spent; }
    // Posts as a click on the button would, if the button would accept a click now.
    void trigger();
    // Return or Enter in any of these fields posts, like a click on the button.
    void postOnEnter(std::initializer_list<QWidget *> fields);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButton();

    QAbstractButton *m_button;
    std::function<bool()> m_post;
    bool m_ready = false;
    bool m_running = false;
    bool m_spent = false;
};

} // namespace pd::ui
