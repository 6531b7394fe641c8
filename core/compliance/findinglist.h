#pragma once

#include "core/access/session.h"
#include "core/compliance/compliancechecks.h"
#include "core/recordlistmodel.h"

namespace pd {

// The findings of the compliance checks as the compliance screen lists them: errors first.
// Each reload runs the checks again.
class FindingListModel : public RecordListModel<Finding>
{
public:
    enum Column { Severity, Code, Subject, Message };
    FindingListModel(Database &db, const Clock &clock, Session session, QObject *parent = nullptr);
};

} // namespace pd
