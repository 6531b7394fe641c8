#pragma once

#include "core/io/importers.h"
#include "ui/appcontext.h"

#include <QDialog>

#include <atomic>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QThread;

namespace pd::ui {

// Imports a CSV file of one kind (stores, members, receipts, returns, check-ins, catalog) as the
// command line does: the file chosen, its encoding told from its bytes (or named), its first
// rows shown under the columns they fill, then the import on its own thread and connection with
// progress and cancel (committed batches stay; running it again adds only what is missing), and
// at the end how many were added or already there and every rejected row with its line and
// reason, which can be saved as CSV.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const AppContext &context, ImportKind kind, QWidget *parent = nullptr);
    ~ImportDialog() override;

    bool isRunning() const;
    // Rows per committed batch (the command line's --batch).
    void setBatchSize(int rows) { m_batchSize = rows; }
    // Asks a running import to stop after the batch it is in; safe from any thread.
    void requestCancel() { m_cancelRequested = true; }
    QStandardItemModel *preview() const { return m_preview; }
    QStandardItemModel *rejectedRows() const { return m_rejected; }

signals:
    // From the import's own thread, after each committed batch: rows read so far and how far
    // into the file (per mille).
    void batchCommitted(qint64 rows, int permille);
    void importFinished(bool ok, const QString &summary);

protected:
    void reject() override;

private:
    void chooseFile();
    void showPreview();
    void start();
    void finish(const Result<ImportReport> &report);
    void saveRejected();
    TextEncoding chosenEncoding() const;

    const AppContext &m_context;
    ImportKind m_kind;
    QString m_path;
    int m_batchSize = 1000;
    QLabel *m_file, *m_encodingRead, *m_problem, *m_summary;
    QComboBox *m_encoding;
    QStandardItemModel *m_preview, *m_rejected;
    QTableView *m_previewView, *m_rejectedView;
    QProgressBar *m_progress;
    QPushButton *m_choose, *m_run, *m_saveRejected, *m_close;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelRequested{false};
};

} // namespace pd::ui
