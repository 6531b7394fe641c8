#include "firstrundialog.h"

#include "core/auth/authservice.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/formerror.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

FirstRunDialog::FirstRunDialog(Database &db, const Clock &clock, PasswordHasher hasher, QWidget *parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_hasher(hasher)
{
    setWindowTitle(tr("PointsDesk — first start"));
    auto *intro = new QLabel(tr("This database has no users yet. Create the administrator account; the administrator "
                                "then adds stores and the accounts of the staff."),
                             this);
    intro->setWordWrap(true);
    auto make = [this](const char *name, bool secret) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        if (secret)
            e->setEchoMode(QLineEdit::Password);
        return e;
    };
    m_user = make("userEdit", false);
    m_name = make("nameEdit", false);
    m_password = make("passwordEdit", true);
    m_repeat = make("repeatEdit", true);
    auto *form = new QFormLayout;
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Full name:"), m_name);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Repeat password:"), m_repeat);
    m_error = new FormErrorLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layoutFormDialog(this, form, m_error, tr("Create administrator"), "createButton", [this] { create(); });
}

void FirstRunDialog::create()
{
    if (m_password->text() != m_repeat->text()) {
        m_error->showError(tr("The two passwords differ."));
        return;
    }
    NewUser admin{m_user->text().trimmed(), m_name->text().trimmed(), Role::Administrator, m_password->text()};
    auto session = AuthService(m_db, m_clock, m_hasher).createFirstAdministrator(admin);
    if (!session) {
        m_error->showError(session.error().message);
        return;
    }
    emit administratorCreated(session.value());
    accept();
}

} // namespace pd::ui
