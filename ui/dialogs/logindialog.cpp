#include "logindialog.h"

#include "core/auth/authservice.h"
#include "core/db/database.h"
#include "core/settings/programmesettings.h"
#include "ui/widgets/formerror.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

LoginDialog::LoginDialog(Database &db, const Clock &clock, PasswordHasher hasher, QWidget *parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_hasher(hasher)
{
    setWindowTitle(tr("PointsDesk — log in"));
    auto *title = new QLabel(tr("PointsDesk — consumer points back office"), this);
    title->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    auto *where = new QLabel(tr("Database: %1").arg(db.location().displayName()), this);
    where->setStyleSheet(QStringLiteral("color: #555;"));
    where->setWordWrap(true);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    m_error = new FormErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_loginButton = buttons->addButton(tr("Log in"), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(where);
    layout->addLayout(form);
    layout->addWidget(m_error);

    // Demo databases only: the logins of every role, so the programme can be tried out.
    const auto demo = programmesettings::value(m_db, programmesettings::kDemoLogins);
    if (demo && !demo.value().isEmpty()) {
        QStringList lines;
        const QJsonArray logins = QJsonDocument::fromJson(demo.value().toUtf8()).array();
        for (const QJsonValue &v : logins) {
            const QJsonObject o = v.toObject();
            const auto role = roleFromCode(o.value(QStringLiteral("role")).toString());
            lines << QStringLiteral("%1 / %2 — %3")
                         .arg(o.value(QStringLiteral("username")).toString(), o.value(QStringLiteral("password")).toString(),
                              role ? roleDisplayName(*role) : QString());
        }
        // a login whose password its user changed is no longer listed; none left, no hint
        if (!lines.isEmpty()) {
            auto *demoLabel = new QLabel(tr("Demo database — try any role:") + QStringLiteral("\n") + lines.join(QLatin1Char('\n')), this);
            demoLabel->setObjectName(QStringLiteral("demoLoginsLabel"));
            demoLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
            demoLabel->setStyleSheet(QStringLiteral("background: #fff8e1; border: 1px solid #e0c46c; padding: 6px;"));
            layout->addWidget(demoLabel);
        }
    }
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void LoginDialog::tryLogin()
{
    m_loginButton->setEnabled(false);
    auto session = AuthService(m_db, m_clock, m_hasher).login(m_user->text().trimmed(), m_password->text());
    m_loginButton->setEnabled(true);
    m_password->clear();
    if (!session) {
        m_error->showError(session.error().message);
        m_password->setFocus();
        return;
    }
    m_error->showError({});
    emit loggedIn(session.value());
    accept();
}

} // namespace pd::ui
