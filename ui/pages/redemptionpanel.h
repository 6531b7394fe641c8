#pragma once

#include "core/redemption/redemptionservice.h"
#include "core/members/member.h"
#include "ui/appcontext.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pd::report {
struct RedemptionSlip;
}

namespace pd::ui {

class FormErrorLabel;
class PostingGuard;
class PreviewLabel;
class ResultLabel;

// Redeeming at the counter: pick an item, see what it costs this member (the good-credit
// price, the cash part) or exactly why it cannot be had, confirm, save the slip. The number
// shown is used for exactly one redemption: after it is made the panel shows the result and
// keeps that number until the cashier starts the next redemption (another item, quantity,
// store or member, or "Next redemption"), so a double click redeems once.
class RedemptionPanel : public QWidget
{
    Q_OBJECT
public:
    RedemptionPanel(const AppContext &context, QWidget *parent = nullptr);

    void setMember(const Member &member);
    void reloadItems();
    QString number() const { return m_number; }

signals:
    void pointsChanged();

private:
    Result<RedemptionInput> input() const;
    void startNext();
    void updatePreview();
    void showPicture();
    bool redeem();
    void saveSlip();
    void printSlip();
    report::RedemptionSlip lastSlip() const;

    const AppContext &m_context;
    Member m_member;
    QString m_number;
    QComboBox *m_store, *m_item;
    QLineEdit *m_itemSearch;
    QSpinBox *m_quantity;
    QLabel *m_numberLabel, *m_picture;
    PreviewLabel *m_preview;
    FormErrorLabel *m_error;
    ResultLabel *m_result;
    QPushButton *m_confirm, *m_saveSlip, *m_printSlip, *m_next;
    PostingGuard *m_guard;
    std::optional<RedemptionOutcome> m_last;
    RedemptionInput m_lastInput;
};

// Cancelling or taking back a redemption by its number: how many units, why, and optional
// compensation points; the refund and where the points go are shown before confirming.
class CancelRedemptionPanel : public QWidget
{
    Q_OBJECT
public:
    CancelRedemptionPanel(const AppContext &context, QWidget *parent = nullptr);

signals:
    void pointsChanged();

private:
    void edited();
    void updatePreview();
    bool confirm();

    const AppContext &m_context;
    QLineEdit *m_number, *m_reason;
    QSpinBox *m_quantity, *m_compensation;
    PreviewLabel *m_preview;
    FormErrorLabel *m_error;
    ResultLabel *m_result;
    QPushButton *m_confirm;
    PostingGuard *m_guard;
};

} // namespace pd::ui
