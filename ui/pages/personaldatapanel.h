#pragma once

#include "ui/appcontext.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace pd {
class DataRequestListModel;
struct DataRequest;
}

namespace pd::ui {

class DateField;
class FormErrorLabel;
class PostingGuard;

// Members' personal-data requests, for compliance: log a request for a copy or an erasure as
// it arrives (by letter, at the desk, by a representative), then answer it from the list —
// save the copy as a JSON file, erase after a confirmation, or refuse with the reason the
// member will be told. Open requests come first, with the days each has waited.
class PersonalDataPanel : public QWidget
{
    Q_OBJECT
public:
    PersonalDataPanel(const AppContext &context, QWidget *parent = nullptr);
    DataRequestListModel *requests() const { return m_requests; }
    void reload();
    // Shows the request chosen, as a finding about it asks.
    void selectRequest(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool logRequest();
    bool exportCopy();
    bool erase();
    bool refuse();
    bool reasonWritten();
    // After an answer: the list read again, then the error or `done` told.
    bool answered(const Status &status, const QString &done);
    std::optional<DataRequest> selectedRequest() const;
    void updateActionButtons(bool newIntent);

    const AppContext &m_context;
    QLineEdit *m_card, *m_reason;
    QComboBox *m_kind, *m_requester;
    DateField *m_received;
    FormErrorLabel *m_error;
    PostingGuard *m_logGuard, *m_exportGuard, *m_eraseGuard, *m_refuseGuard;
    DataRequestListModel *m_requests;
    QTableView *m_view;
};

} // namespace pd::ui
