#pragma once

#include "core/compliance/compliancechecks.h"
#include "core/recordlistmodel.h"

namespace pd {

// The findings of the compliance checks as the compliance screen lists them: errors first.
// The checks take seconds on a large programme, so they run elsewhere (a worker thread with its
// own connection) and the list shows what they found.
class FindingListModel : public RecordListModel<Finding>
{
public:
    enum Column { Severity, Code, Subject, Message };
    explicit FindingListModel(QObject *parent = nullptr);
    // Shows the findings of a run; after a failed run the list is empty and the error says why.
    Status show(Result<QList<Finding>> found);

private:
    Result<QList<Finding>> m_found = QList<Finding>();
};

} // namespace pd
