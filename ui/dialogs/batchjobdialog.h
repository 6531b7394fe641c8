#pragma once

#include "ui/appcontext.h"

#include <QDialog>

#include <atomic>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace pd::ui {

class DateField;

// Runs the expiry run, the tier review or the expiry reminders for a date on its own thread and
// database connection, with progress and cancel, so the window never freezes.
class BatchJobDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Job { Expiry, TierReview, Reminders };
    BatchJobDialog(const AppContext &context, Job job, QWidget *parent = nullptr);
    ~BatchJobDialog() override;

    bool isRunning() const;
    QDate asOf() const;
    void setAsOf(const QDate &day);

signals:
    void jobFinished(bool ok, const QString &summary);

protected:
    void reject() override;

private:
    void start();
    void finish(bool ok, const QString &summary);

    const AppContext &m_context;
    Job m_job;
    DateField *m_date;
    QPushButton *m_run, *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_result;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelRequested{false};
};

} // namespace pd::ui
