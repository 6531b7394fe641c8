#pragma once

#include "core/stores/storeservice.h"
#include "ui/appcontext.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace pd::ui {

class FormErrorLabel;

// Adds a store or partner merchant, or edits one (the code stays).
class StoreDialog : public QDialog
{
    Q_OBJECT
public:
    StoreDialog(const AppContext &context, const Store &existing, QWidget *parent = nullptr);

signals:
    void saved();

private:
    void save();

    const AppContext &m_context;
    Store m_existing;
    QLineEdit *m_code, *m_name, *m_city;
    QComboBox *m_partner;
    FormErrorLabel *m_error;
};

} // namespace pd::ui
