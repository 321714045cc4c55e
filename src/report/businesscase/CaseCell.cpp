#include "report/businesscase/CaseCell.h"

namespace ahplead {

CaseCell::Cell CaseCell::text(const QString &t, const QString &detail)
{
    return {t, detail, false, false, Tone::None};
}

CaseCell::Cell CaseCell::strong(const QString &t, const QString &detail)
{
    return {t, detail, false, true, Tone::None};
}

CaseCell::Cell CaseCell::figure(const QString &t, bool isStrong)
{
    return {t, {}, true, isStrong, Tone::None};
}

CaseCell::Cell CaseCell::money(double pounds, bool isStrong)
{
    return figure(BusinessCaseModel::money(pounds), isStrong);
}

CaseCell::Cell CaseCell::toned(const QString &t, Tone tone, const QString &detail)
{
    return {t, detail, false, false, tone};
}

} // namespace ahplead
