#include "core/base/JsonReader.h"

#include <cmath>

namespace ahplead {

JsonReadError::JsonReadError(const QString &message) : std::runtime_error(message.toStdString()) {}

QString JsonReadError::message() const
{
    return QString::fromStdString(what());
}

JsonReader::JsonReader(const nlohmann::json &node, QString fileName, QString pointer)
    : m_node(node), m_fileName(std::move(fileName)), m_pointer(std::move(pointer))
{
}

JsonReader::JsonReader(const nlohmann::json &node, const JsonReader &parent, const char *key, std::size_t index)
    : m_node(node), m_fileName(parent.m_fileName), m_pointerBuilt(false), m_parentPointer(parent.pointer()), m_key(key),
      m_index(index)
{
}

QString JsonReader::pointer() const
{
    if (!m_pointerBuilt) {
        m_pointer = m_parentPointer + QLatin1Char('/') +
                    (m_key ? escapePointerToken(QString::fromUtf8(m_key)) : QString::number(m_index));
        m_pointerBuilt = true;
    }
    return m_pointer;
}

QString JsonReader::where() const
{
    const QString place = pointer().isEmpty() ? QStringLiteral("/") : pointer();
    return m_fileName.isEmpty() ? place : m_fileName + QStringLiteral(": ") + place;
}

void JsonReader::fail(const QString &expectation) const
{
    throw JsonReadError(where() + QStringLiteral(": ") + expectation);
}

QString JsonReader::escapePointerToken(const QString &token)
{
    QString escaped = token;
    escaped.replace(QStringLiteral("~"), QStringLiteral("~0"));
    escaped.replace(QStringLiteral("/"), QStringLiteral("~1"));
    return escaped;
}

QString JsonReader::describe(const nlohmann::json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return QStringLiteral("null");
    case nlohmann::json::value_t::object:
        return QStringLiteral("an object");
    case nlohmann::json::value_t::array:
        return QStringLiteral("an array");
    case nlohmann::json::value_t::boolean:
        return value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    case nlohmann::json::value_t::string: {
        QString text = QString::fromStdString(value.get<std::string>());
        if (text.size() > 60)
            text = text.left(57) + QStringLiteral("...");
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    default:
        return QString::fromStdString(value.dump());
    }
}

void JsonReader::requireObject() const
{
    if (!m_node.is_object())
        fail(QStringLiteral("expected an object, found %1").arg(describe(m_node)));
}

void JsonReader::requireArray() const
{
    if (!m_node.is_array())
        fail(QStringLiteral("expected an array, found %1").arg(describe(m_node)));
}

bool JsonReader::has(const char *key) const
{
    return m_node.is_object() && m_node.contains(key);
}

JsonReader JsonReader::field(const char *key) const
{
    requireObject();
    auto it = m_node.find(key);
    if (it == m_node.end())
        JsonReader(m_node, *this, key, 0).fail(QStringLiteral("is missing; it is required"));
    return JsonReader(*it, *this, key, 0);
}

JsonReader JsonReader::at(std::size_t index) const
{
    requireArray();
    return JsonReader(m_node.at(index), *this, nullptr, index);
}

std::size_t JsonReader::size() const
{
    requireArray();
    return m_node.size();
}

QString JsonReader::string() const
{
    if (!m_node.is_string())
        fail(QStringLiteral("expected text, found %1").arg(describe(m_node)));
    return QString::fromStdString(m_node.get<std::string>());
}

QDateTime JsonReader::timestamp() const
{
    const QString text = string();
    const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        fail(QStringLiteral("\"%1\" is not a date and time such as 2026-10-14T16:30:00Z").arg(text));
    return when.toUTC();
}

QString JsonReader::nonEmptyString() const
{
    QString text = string();
    if (text.trimmed().isEmpty())
        fail(QStringLiteral("must not be empty"));
    return text;
}

double JsonReader::number() const
{
    if (!m_node.is_number())
        fail(QStringLiteral("expected a number, found %1").arg(describe(m_node)));
    const double value = m_node.get<double>();
    if (!std::isfinite(value))
        fail(QStringLiteral("expected a finite number"));
    return value;
}

int JsonReader::integer() const
{
    if (!m_node.is_number_integer())
        fail(QStringLiteral("expected a whole number, found %1").arg(describe(m_node)));
    // Past the range of long long a number is held unsigned; read as signed it would wrap
    // (18446744073709551615 would be taken for -1).
    if (m_node.is_number_unsigned() && m_node.get<unsigned long long>() > 2147483647ULL)
        fail(QStringLiteral("the number %1 is out of range").arg(m_node.get<unsigned long long>()));
    const auto value = m_node.get<long long>();
    if (value < -2147483647LL || value > 2147483647LL)
        fail(QStringLiteral("the number %1 is out of range").arg(value));
    return static_cast<int>(value);
}

bool JsonReader::boolean() const
{
    if (!m_node.is_boolean())
        fail(QStringLiteral("expected true or false, found %1").arg(describe(m_node)));
    return m_node.get<bool>();
}

QString JsonReader::optionalString(const char *key, const QString &fallback) const
{
    return has(key) ? field(key).string() : fallback;
}

bool JsonReader::optionalBool(const char *key, bool fallback) const
{
    return has(key) ? field(key).boolean() : fallback;
}

void JsonReader::allowOnly(std::initializer_list<const char *> keys) const
{
    requireObject();
    for (auto it = m_node.begin(); it != m_node.end(); ++it) {
        bool known = false;
        for (const char *key : keys)
            known = known || it.key() == key;
        if (!known) {
            const QString name = QString::fromStdString(it.key());
            JsonReader(it.value(), m_fileName, pointer() + QLatin1Char('/') + escapePointerToken(name))
                .fail(QStringLiteral("is not a known field here"));
        }
    }
}

} // namespace ahplead
