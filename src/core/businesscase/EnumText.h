#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace ahplead {

// The file id ("do_nothing") and the words people see ("Do nothing") of one enum value.
template <typename E> struct EnumEntry {
    E value;
    const char *id;
    const char *label;
};

// Specialised next to each enum with `static constexpr std::array<EnumEntry<E>, N> entries`,
// so the ids in files, the labels in reports and the lists in messages come from one table.
template <typename E> struct EnumText;

template <typename E> QString enumId(E value)
{
    for (const auto &entry : EnumText<E>::entries)
        if (entry.value == value)
            return QString::fromUtf8(entry.id);
    return {};
}

template <typename E> QString enumLabel(E value)
{
    for (const auto &entry : EnumText<E>::entries)
        if (entry.value == value)
            return QString::fromUtf8(entry.label);
    return {};
}

template <typename E> std::optional<E> enumFromId(const QString &id)
{
    for (const auto &entry : EnumText<E>::entries)
        if (id == QLatin1String(entry.id))
            return entry.value;
    return std::nullopt;
}

// "a, b, c": the ids a file may use, for messages.
template <typename E> QString enumIds()
{
    QStringList ids;
    for (const auto &entry : EnumText<E>::entries)
        ids << QString::fromUtf8(entry.id);
    return ids.join(QStringLiteral(", "));
}

// Every value in file order, for lists and combo boxes.
template <typename E> std::vector<E> enumValues()
{
    std::vector<E> values;
    for (const auto &entry : EnumText<E>::entries)
        values.push_back(entry.value);
    return values;
}

} // namespace ahplead
