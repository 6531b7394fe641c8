#pragma once

#include "core/insights/memberlists.h"
#include "ui/appcontext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QThread;

namespace pd {
class MemberListModel;
}

namespace pd::ui {

class DateField;

// The members to act on (DESIGN §10): points expiring within 30 days, win-back (no receipt in
// 90 days, points left) and high potential (buying more often), as of a day, filtered by home
// store, tier and marketing consent; read on a thread of its own, shown a page at a time,
// sortable, with mobiles masked; exported as CSV after saying how many members the file holds.
class MemberListsPage : public QWidget
{
    Q_OBJECT
public:
    MemberListsPage(const AppContext &context, QWidget *parent = nullptr);
    ~MemberListsPage() override;

    void refresh();
    void exportList();
    bool isBusy() const { return m_thread != nullptr; }
    MemberListModel *model() const { return m_model; }

signals:
    void listShown(bool ok);
    // The first members of a list being read are on screen.
    void firstRowsShown(int rows);
    void exported(bool ok, const QString &message);
    // The list is shown in the order of the column the user chose.
    void listSorted();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showRows(MemberListKind kind, QList<MemberListRow> rows);
    void sortList(int column, Qt::SortOrder order);
    void showSortIndicator(int column, Qt::SortOrder order);
    const AppContext &m_context;
    QComboBox *m_kind, *m_store, *m_tier;
    DateField *m_asOf;
    QCheckBox *m_consenting;
    QPushButton *m_show, *m_export;
    QLabel *m_count;
    QTableView *m_view;
    MemberListModel *m_model;
    // What the list shown was read with: the export writes that list, whatever the filters
    // say now, so the file holds the members (and the count) the user saw
    MemberListQuery m_shownQuery;
    QString m_shownStoreCode;
    QThread *m_thread = nullptr; // reading or sorting the list
    int m_sortColumn = -1;       // the order the rows are in (-1: the list's own)
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_loadedOnce = false;
};

} // namespace pd::ui
