#pragma once

#include "ui/appcontext.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace pd {
class CatalogModel;
}

namespace pd::ui {

// The redemption catalog for campaign managers: every item with its points price and what a
// point is worth in it, its picture, stock and rules; add, edit, import and export.
class CatalogPage : public QWidget
{
    Q_OBJECT
public:
    CatalogPage(const AppContext &context, QWidget *parent = nullptr);

    CatalogModel *model() const { return m_model; }
    // Shows the item (a compliance finding about it was opened).
    void selectItem(const QString &code);
    // Test seams: the files Import and Export use instead of asking.

private:
    void openDialog(bool editing);
    void showSelected();
    void importCsv();
    void exportCsv();
    void reload(const QString &selectCode = {});

    const AppContext &m_context;
    CatalogModel *m_model;
    QTableView *m_view;
    QLabel *m_picture, *m_details;
};

} // namespace pd::ui
