#include "storecombo.h"

#include "core/stores/storeservice.h"

#include <QComboBox>

namespace pd::ui {

QComboBox *storeCombo(const AppContext &context, QWidget *parent, const char *objectName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(objectName));
    if (auto stores = StoreService(context.db, context.clock).stores()) {
        int ownStore = -1;
        for (const Store &s : stores.value()) {
            if (ownStore < 0 && s.partnerCode.isEmpty())
                ownStore = combo->count();
            combo->addItem(QStringLiteral("%1 — %2").arg(s.code, s.name), s.code);
        }
        combo->setCurrentIndex(std::max(0, ownStore)); // the programme's own tills come first
        // a user with a home store works there
        if (const int home = combo->findData(context.session.storeCode); !context.session.storeCode.isEmpty() && home >= 0)
            combo->setCurrentIndex(home);
    }
    return combo;
}

} // namespace pd::ui
