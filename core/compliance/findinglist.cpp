#include "findinglist.h"

namespace pd {

FindingListModel::FindingListModel(QObject *parent)
    : RecordListModel<Finding>(
          "pd::FindingListModel",
          {
              {QT_TRANSLATE_NOOP("pd::FindingListModel", "Severity"),
               [](const Finding &f) { return QVariant(findingSeverityName(f.severity)); }},
              {QT_TRANSLATE_NOOP("pd::FindingListModel", "Check"), [](const Finding &f) { return QVariant(f.code); }},
              {QT_TRANSLATE_NOOP("pd::FindingListModel", "Concerns"), [](const Finding &f) { return QVariant(f.subject); }},
              {QT_TRANSLATE_NOOP("pd::FindingListModel", "Finding"), [](const Finding &f) { return QVariant(f.message); }},
          },
          [this] { return m_found; }, parent)
{
}

Status FindingListModel::show(Result<QList<Finding>> found)
{
    m_found = std::move(found);
    return reload();
}

} // namespace pd
