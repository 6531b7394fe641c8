// Campaign files as a campaign manager's editor or a script might write them (DESIGN §8): any
// bytes. What the parser accepts must keep its own promises — a multiplier's percent in
// 101–1000, dates in order, a round trip through the interchange format that changes nothing —
// and the members' terms are written for anything it accepts.
#include "core/campaigns/campaign.h"
#include "core/campaigns/campaignterms.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const QJsonArray objects = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    for (const QJsonValue &value : objects) {
        QList<pd::FieldProblem> problems;
        auto c = pd::Campaign::fromJson(value.toObject(), problems);
        if (!c) {
            if (problems.isEmpty() || c.error().field != problems.constFirst().field)
                std::abort(); // a refusal always names its field
            continue;
        }
        if (!problems.isEmpty() || !c->from.isValid() || !c->to.isValid() || c->to < c->from)
            std::abort();
        if (c->type == pd::CampaignType::Multiplier && (c->percent < 101 || c->percent > 1000))
            std::abort();
        if (c->type != pd::CampaignType::Multiplier && c->points <= 0)
            std::abort();
        QList<pd::FieldProblem> again;
        auto back = pd::Campaign::fromJson(c->toJson(), again);
        if (!back || back->toJson() != c->toJson())
            std::abort();
        (void)pd::campaignTermsForMembers(c.value());
        (void)c->scheduledOn(c->from);
    }
    return 0;
}
