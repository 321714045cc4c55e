#include "report/businesscase/CaseCell.h"

namespace ahplead {

namespace {

CaseCell::Cell make(const QString &t, const QString &detail, bool number, bool strong, CaseCell::Tone tone)
{
    CaseCell::Cell c;
    c.text.push_back(Document::plain(t));
    if (!detail.isEmpty())
        c.text.push_back(Document::detail(detail));
    c.number = number;
    c.strong = strong;
    c.tone = tone;
    return c;
}

} // namespace

CaseCell::Cell CaseCell::text(const QString &t, const QString &detail)
{
    return make(t, detail, false, false, Tone::None);
}

CaseCell::Cell CaseCell::strong(const QString &t, const QString &detail)
{
    return make(t, detail, false, true, Tone::None);
}

CaseCell::Cell CaseCell::figure(const QString &t, bool isStrong)
{
    return make(t, {}, true, isStrong, Tone::None);
}

CaseCell::Cell CaseCell::money(double pounds, bool isStrong)
{
    return figure(BusinessCaseModel::money(pounds), isStrong);
}

CaseCell::Cell CaseCell::toned(const QString &t, Tone tone, const QString &detail)
{
    return make(t, detail, false, false, tone);
}

} // namespace ahplead
