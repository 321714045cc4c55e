#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace ahplead {

// Thrown only inside core readers and caught at their boundary, where it becomes an Error.
class JsonReadError : public std::runtime_error {
public:
    explicit JsonReadError(const QString &message);
    QString message() const;
};

// Reads typed fields out of parsed JSON while keeping the JSON pointer of where it is,
// so every complaint says exactly where ("board.json: /domains/2/questions/0/id: ...").
class JsonReader {
public:
    JsonReader(const nlohmann::json &node, QString fileName, QString pointer = {});

    const nlohmann::json &node() const { return m_node; }
    // Built on first use: readers are made by the thousand and almost never need it.
    QString pointer() const;
    const QString &fileName() const { return m_fileName; }

    JsonReader field(const char *key) const; // required member of an object
    bool has(const char *key) const;
    JsonReader at(std::size_t index) const; // element of an array
    std::size_t size() const;               // array length (requires an array)

    void requireObject() const;
    void requireArray() const;
    QString string() const;      // requires a string
    QDateTime timestamp() const; // requires an ISO 8601 date and time; in UTC
    QString nonEmptyString() const;
    double number() const; // requires a finite number
    bool boolean() const;
    int integer() const;

    QString optionalString(const char *key, const QString &fallback = {}) const;
    bool optionalBool(const char *key, bool fallback) const;

    // Rejects members other than the ones named, so misspelt keys are not silently ignored.
    void allowOnly(std::initializer_list<const char *> keys) const;

    [[noreturn]] void fail(const QString &expectation) const;
    QString where() const;

    static QString describe(const nlohmann::json &value);
    static QString escapePointerToken(const QString &token);

private:
    JsonReader(const nlohmann::json &node, const JsonReader &parent, const char *key, std::size_t index);

    const nlohmann::json &m_node;
    QString m_fileName;
    mutable QString m_pointer; // complete once m_pointerBuilt
    mutable bool m_pointerBuilt = true;
    QString m_parentPointer;     // the parent's pointer, when this reader was made from one
    const char *m_key = nullptr; // this reader's member name, or null for an array element
    std::size_t m_index = 0;
};

} // namespace ahplead
