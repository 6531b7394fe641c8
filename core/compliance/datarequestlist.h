#pragma once

#include "core/access/session.h"
#include "core/compliance/personaldata.h"
#include "core/recordlistmodel.h"

namespace pd {

class Clock;

// The personal-data request log as the compliance screen lists it: open requests first, with
// the days each has waited against the 15 the law allows.
class DataRequestListModel : public RecordListModel<DataRequest>
{
public:
    enum Column { Received, Card, Kind, Requester, Status, Days, HandledOn, HandledBy, Note };
    DataRequestListModel(Database &db, const Clock &clock, Session session, QObject *parent = nullptr);
};

} // namespace pd
