#pragma once

#include "core/ledger/redemptionservice.h"
#include "core/members/member.h"
#include "ui/appcontext.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace pd::ui {

class FormErrorLabel;

// Redeeming at the counter: pick an item, see what it costs this member (the good-credit
// price, the cash part) or exactly why it cannot be had, confirm, save the slip. Every
// redemption carries its own number, so a second click on Confirm changes nothing.
class RedemptionPanel : public QWidget
{
    Q_OBJECT
public:
    RedemptionPanel(const AppContext &context, QWidget *parent = nullptr);

    void setMember(const Member &member);
    void reloadItems();
    QString number() const { return m_number; }
    void setSlipFileForTests(const QString &file) { m_slipFile = file; }

signals:
    void pointsChanged();

private:
    Result<RedemptionInput> input() const;
    void updatePreview();
    void showPicture();
    void redeem();
    void saveSlip();

    const AppContext &m_context;
    Member m_member;
    QString m_number;
    QComboBox *m_store, *m_item;
    QSpinBox *m_quantity;
    QLabel *m_numberLabel, *m_preview, *m_picture;
    FormErrorLabel *m_error;
    QPushButton *m_confirm, *m_saveSlip;
    std::optional<RedemptionOutcome> m_last;
    RedemptionInput m_lastInput;
    QString m_slipFile;
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
    void updatePreview();
    void confirm();

    const AppContext &m_context;
    class QLineEdit *m_number, *m_reason;
    QSpinBox *m_quantity, *m_compensation;
    QLabel *m_preview;
    FormErrorLabel *m_error;
    QPushButton *m_confirm;
};

} // namespace pd::ui
