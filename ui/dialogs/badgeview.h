#pragma once

#include "ui/appcontext.h"

#include <QWidget>

namespace pd::ui {

// A member's badge collections: each badge held or how far it is, and the set's reward and prize.
class BadgeView : public QWidget
{
    Q_OBJECT
public:
    BadgeView(const AppContext &context, qint64 memberId, QWidget *parent = nullptr);
};

} // namespace pd::ui
