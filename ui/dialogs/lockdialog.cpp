#include "lockdialog.h"

#include "core/access/roles.h"
#include "core/auth/authservice.h"
#include "ui/widgets/formerror.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

LockDialog::LockDialog(Database &db, const Clock &clock, PasswordHasher hasher, Session session, QWidget *parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_hasher(hasher), m_session(std::move(session))
{
    setObjectName(QStringLiteral("lockDialog"));
    setWindowTitle(tr("PointsDesk — locked"));
    auto *who = new QLabel(tr("This desk was locked after a while without use.\n%1 (%2), enter your password to go on where you left off.")
                               .arg(m_session.username, roleDisplayName(m_session.role)),
                           this);
    who->setObjectName(QStringLiteral("lockedLabel"));
    who->setWordWrap(true);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new FormErrorLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *unlock = buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);
    QPushButton *other = buttons->addButton(tr("&Someone else logs in…"), QDialogButtonBox::ResetRole);
    other->setObjectName(QStringLiteral("switchUserButton"));
    other->setAutoDefault(false);
    connect(unlock, &QPushButton::clicked, this, &LockDialog::unlock);
    connect(other, &QPushButton::clicked, this, &LockDialog::switchUserRequested);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(m_password);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_password->setFocus();
}

void LockDialog::reject()
{
}

void LockDialog::unlock()
{
    auto again = AuthService(m_db, m_clock, m_hasher).login(m_session.username, m_password->text());
    m_password->clear();
    if (!again || again->userId != m_session.userId) {
        // the name is not in doubt here, only the password (a locked account says so itself)
        const bool wrongPassword = again || again.error().code == ErrorCode::AuthenticationFailed;
        m_error->showError(wrongPassword ? tr("The password is not right.") : again.error().message);
        m_password->setFocus();
        return;
    }
    m_error->showError({});
    emit unlocked();
}

} // namespace pd::ui
