#pragma once

#include "core/insights/settlement.h"
#include "ui/appcontext.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QThread;

namespace pd::ui {

// The partner merchants' settlement for a month (DESIGN §10): per partner the points its
// stores gave out and the points members spent with it, the net and who owes whom; saved as
// CSV, or as a PDF with a page per partner to send them. Read on a thread of its own.
class SettlementDialog : public QDialog
{
    Q_OBJECT
public:
    SettlementDialog(const AppContext &context, QWidget *parent = nullptr);
    ~SettlementDialog() override;

    // Reads the chosen month; asked while reading, reads again when done.
    void refresh();
    bool isLoading() const { return m_thread != nullptr; }
    const std::optional<Settlement> &settlement() const { return m_settlement; }
    void saveCsv();
    void savePdf();
    void preview();

signals:
    void settlementShown(bool ok);

private:
    void finish(const Result<Settlement> &settlement);
    void showSettlement(const Settlement &settlement);

    const AppContext &m_context;
    QComboBox *m_month;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_saveCsv, *m_savePdf, *m_preview;
    std::optional<Settlement> m_settlement;
    QThread *m_thread = nullptr;
    bool m_again = false;
};

} // namespace pd::ui
