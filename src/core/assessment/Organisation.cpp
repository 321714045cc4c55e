#include "core/assessment/Organisation.h"

namespace ahplead {

bool Organisation::sameAs(const Organisation &other) const
{
    const QString code = odsCode.trimmed();
    const QString otherCode = other.odsCode.trimmed();
    if (!code.isEmpty() || !otherCode.isEmpty())
        return code.compare(otherCode, Qt::CaseInsensitive) == 0;
    const QString trimmedName = name.trimmed();
    return !trimmedName.isEmpty() && trimmedName.compare(other.name.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace ahplead
