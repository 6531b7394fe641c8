#pragma once

#include "ui/appcontext.h"

#include <QWidget>

class QTableView;

namespace pd {
class StoreListModel;
}

namespace pd::ui {

// Administrators keep the stores and partner merchants that members and receipts name.
class StoresPage : public QWidget
{
    Q_OBJECT
public:
    StoresPage(const AppContext &context, QWidget *parent = nullptr);
    StoreListModel *model() const { return m_model; }
    void reload();

private:
    void openDialog(bool editing);

    const AppContext &m_context;
    StoreListModel *m_model;
    QTableView *m_view;
};

} // namespace pd::ui
