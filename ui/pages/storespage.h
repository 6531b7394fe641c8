#pragma once

#include "ui/appcontext.h"

#include <QWidget>

class QStandardItemModel;
class QTableView;

namespace pd::ui {

// Administrators keep the stores and partner merchants that members and receipts name.
class StoresPage : public QWidget
{
    Q_OBJECT
public:
    StoresPage(const AppContext &context, QWidget *parent = nullptr);
    QStandardItemModel *model() const { return m_model; }
    void reload();

private:
    void openDialog(bool editing);

    const AppContext &m_context;
    QStandardItemModel *m_model;
    QTableView *m_view;
};

} // namespace pd::ui
