#pragma once

#include "core/businesscase/BusinessCase.h"
#include "gui/app/Texts.h"
#include "gui/businesscase/CaseForm.h"
#include "gui/businesscase/CaseTexts.h"

#include <functional>
#include <optional>

namespace ahplead {

// Binds the fields of one part of a business case (T: a post, a metric, the leadership...) to
// inputs made by a CaseForm. FIND locates the part in a case, or gives null when it is not
// there (an item removed by Undo while its page waits to be rebuilt), in which case the inputs
// show nothing and change nothing. AT is the part's JSON pointer; each field adds its key.
template <typename T> class CaseBind {
public:
    using Find = std::function<const T *(const BusinessCase &)>;

    CaseBind(CaseForm &form, QWidget *parent, Find find, QString at)
        : m_form(form), m_parent(parent), m_find(std::move(find)), m_at(std::move(at))
    {
    }

    QString pointer(const char *key) const { return m_at + QLatin1Char('/') + QLatin1String(key); }
    void setParent(QWidget *parent) { m_parent = parent; }

    QWidget *text(const QString &label, const char *key, QString T::*m, const CaseForm::Options &o = {},
                  int maxLength = 500) const
    {
        return m_form.text(m_parent, label, pointer(key), get(m), set(m), o, maxLength);
    }
    // A date kept in the file as 2026-12-05, shown and typed the UK way (5 December 2026 or
    // 05/12/2026). What cannot be read as a date is kept as typed, for the validator to name.
    QWidget *date(const QString &label, const char *key, QString T::*m, const QString &example) const
    {
        auto find = m_find;
        CaseForm::TextGet g = [find, m](const BusinessCase &bc) {
            const T *t = find(bc);
            return t ? Texts::ukDate(t->*m) : QString();
        };
        CaseForm::TextSet s = [find, m](BusinessCase &bc, const QString &typed) {
            if (T *t = const_cast<T *>(find(bc)))
                t->*m = Texts::isoDate(typed);
        };
        CaseForm::Options o;
        o.hint =
            CaseTexts::tr("The date, such as %1 or %2.").arg(example, Texts::ukDate(Texts::isoDate(example), true));
        o.placeholder = CaseTexts::tr("such as %1").arg(example);
        return m_form.text(m_parent, label, pointer(key), g, s, o, 40);
    }
    QWidget *longText(const QString &label, const char *key, QString T::*m, const CaseForm::Options &o = {}) const
    {
        return m_form.longText(m_parent, label, pointer(key), get(m), set(m), o);
    }
    QWidget *number(const QString &label, const char *key, double T::*m, double min, double max, int decimals,
                    const QString &prefix = {}, const QString &suffix = {}, const CaseForm::Options &o = {}) const
    {
        return m_form.number(m_parent, label, pointer(key), get(m), set(m), min, max, decimals, prefix, suffix, o);
    }
    QWidget *integer(const QString &label, const char *key, int T::*m, int min, int max, const QString &suffix = {},
                     const CaseForm::Options &o = {}) const
    {
        return m_form.integer(m_parent, label, pointer(key), get(m), set(m), min, max, suffix, o);
    }
    QWidget *optional(const QString &label, const char *key, std::optional<double> T::*m, double min, double max,
                      int decimals, const QString &prefix, const QString &suffix, const QString &noneText,
                      const CaseForm::Options &o = {}) const
    {
        return m_form.optionalNumber(m_parent, label, pointer(key), get(m), set(m), min, max, decimals, prefix, suffix,
                                     noneText, o);
    }
    template <typename E>
    QWidget *choice(const QString &label, const char *key, E T::*m, const CaseForm::Options &o = {}) const
    {
        auto find = m_find;
        CaseForm::TextGet g = [find, m](const BusinessCase &bc) {
            const T *t = find(bc);
            return t ? enumId(t->*m) : QString();
        };
        CaseForm::TextSet s = [find, m](BusinessCase &bc, const QString &v) {
            const auto e = enumFromId<E>(v);
            if (T *t = const_cast<T *>(find(bc)); t && e)
                t->*m = *e;
        };
        return m_form.choice(m_parent, label, pointer(key), CaseTexts::choices<E>(), g, s, o);
    }
    // A choice among texts (a band, a pay point): CHOICES are (label, value).
    QWidget *choiceText(const QString &label, const char *key, QString T::*m, const CaseForm::Choices &choices,
                        const CaseForm::Options &o = {}) const
    {
        return m_form.choice(m_parent, label, pointer(key), choices, get(m), set(m), o);
    }
    QWidget *check(const QString &label, const char *key, bool T::*m, const CaseForm::Options &o = {}) const
    {
        return m_form.check(m_parent, label, pointer(key), get(m), set(m), o);
    }

    template <typename V> std::function<V(const BusinessCase &)> get(V T::*m) const
    {
        auto find = m_find;
        return [find, m](const BusinessCase &bc) {
            const T *t = find(bc);
            return t ? t->*m : V{};
        };
    }
    template <typename V> std::function<void(BusinessCase &, V)> set(V T::*m) const
    {
        auto find = m_find;
        return [find, m](BusinessCase &bc, V v) {
            // The case being edited is not const: FIND only promises not to change it itself.
            if (T *t = const_cast<T *>(find(bc)))
                t->*m = std::move(v);
        };
    }

private:
    CaseForm &m_form;
    QWidget *m_parent;
    Find m_find;
    QString m_at;
};

// The Ith item of a list, or null.
template <typename T> const T *itemAt(const std::vector<T> &list, std::size_t i)
{
    return i < list.size() ? &list[i] : nullptr;
}

} // namespace ahplead
