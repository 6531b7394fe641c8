#pragma once

#include "core/members/member.h"
#include "ui/appcontext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

class QLineEdit;
class QPushButton;

namespace pd::ui {

class DateField;

class FormErrorLabel;

// Registers a member, or edits one. The operation's own validation speaks: its message is
// shown under the form and the field it names gets the focus; nothing is saved until valid.
class MemberDialog : public QDialog
{
    Q_OBJECT
public:
    // Registration when `existing` is empty (id 0), editing otherwise.
    MemberDialog(const AppContext &context, const Member &existing, QWidget *parent = nullptr);

signals:
    void saved(qint64 memberId);

private:
    void save();
    QWidget *widgetForField(const QString &field) const;

    const AppContext &m_context;
    Member m_existing;
    QLineEdit *m_card, *m_name, *m_mobile, *m_email;
    DateField *m_joined;
    QComboBox *m_store, *m_credit;
    QCheckBox *m_consent;
    FormErrorLabel *m_error;
};

} // namespace pd::ui
