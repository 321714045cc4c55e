#include "core/base/JsonFile.h"

#include <QFile>
#include <QFileInfo>

#include <string>
#include <unordered_set>
#include <vector>

namespace ahplead {

QString JsonFile::displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

QString JsonFile::lineAndColumn(const QByteArray &bytes, std::size_t offset)
{
    int line = 1;
    int column = 1;
    const std::size_t end = std::min<std::size_t>(offset, static_cast<std::size_t>(bytes.size()));
    for (std::size_t i = 0; i < end; ++i) {
        if (bytes.at(static_cast<qsizetype>(i)) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

Result<nlohmann::json> JsonFile::read(const QString &path)
{
    const QString name = displayName(path);
    QFile file(path);
    if (!file.exists())
        return fail(QStringLiteral("%1: the file does not exist (%2)").arg(name, path));
    if (file.size() > MaxBytes)
        return fail(QStringLiteral("%1: the file is %2 MiB; files over 10 MiB are not accepted")
                        .arg(name)
                        .arg(double(file.size()) / (1024.0 * 1024.0), 0, 'f', 1));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: the file cannot be read: %2").arg(name, file.errorString()));
    // Read one byte past the limit so a file that grew since size() is still caught.
    const QByteArray bytes = file.read(MaxBytes + 1);
    return parse(bytes, name);
}

namespace {

// Builds the document through nlohmann's own DOM builder while refusing what it would
// silently accept: a key repeated in one object (it keeps the last) and runaway nesting.
// A SAX handler rather than a parse callback: the callback machinery costs several times more.
class CheckingSax {
public:
    nlohmann::json result;
    QString problem;
    std::size_t errorByte = 0;

    using number_integer_t = nlohmann::json::number_integer_t;
    using number_unsigned_t = nlohmann::json::number_unsigned_t;
    using number_float_t = nlohmann::json::number_float_t;
    using string_t = nlohmann::json::string_t;
    using binary_t = nlohmann::json::binary_t;

    bool null() { return m_dom.null(); }
    bool boolean(bool v) { return m_dom.boolean(v); }
    bool number_integer(number_integer_t v) { return m_dom.number_integer(v); }
    bool number_unsigned(number_unsigned_t v) { return m_dom.number_unsigned(v); }
    bool number_float(number_float_t v, const string_t &s) { return m_dom.number_float(v, s); }
    bool string(string_t &v) { return m_dom.string(v); }
    bool binary(binary_t &v) { return m_dom.binary(v); }

    bool start_object(std::size_t n)
    {
        if (!enter())
            return false;
        // Key lists are reused level by level, so a file of many small objects allocates little.
        if (m_keys.size() < std::size_t(m_depth))
            m_keys.emplace_back();
        m_keys[std::size_t(m_depth) - 1].reset();
        return m_dom.start_object(n);
    }
    bool key(string_t &k)
    {
        if (!m_keys[std::size_t(m_depth) - 1].insert(k)) {
            problem = QStringLiteral("the key \"%1\" appears twice in the same object").arg(QString::fromStdString(k));
            return false;
        }
        return m_dom.key(k);
    }
    bool end_object()
    {
        --m_depth;
        return m_dom.end_object();
    }
    bool start_array(std::size_t n)
    {
        if (!enter())
            return false;
        if (m_keys.size() < std::size_t(m_depth))
            m_keys.emplace_back();
        return m_dom.start_array(n);
    }
    bool end_array()
    {
        --m_depth;
        return m_dom.end_array();
    }
    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &)
    {
        errorByte = position;
        return false;
    }

private:
    bool enter()
    {
        if (++m_depth > JsonFile::MaxDepth) {
            problem = QStringLiteral("the JSON is nested more than %1 levels deep").arg(JsonFile::MaxDepth);
            return false;
        }
        return true;
    }

    // The keys of one open object: a short list searched in place (objects here are small),
    // becoming a hash set past SmallObject keys so a huge object cannot make it quadratic.
    struct KeySet {
        static constexpr std::size_t SmallObject = 32;
        std::vector<std::string> small; // strings keep their capacity between objects
        std::size_t count = 0;
        std::unordered_set<std::string> large;

        void reset()
        {
            count = 0;
            large.clear();
        }
        bool insert(const std::string &key)
        {
            if (count < SmallObject) {
                for (std::size_t i = 0; i < count; ++i)
                    if (small[i] == key)
                        return false;
                if (small.size() <= count)
                    small.emplace_back();
                small[count++] = key;
                return true;
            }
            if (count == SmallObject)
                large.insert(small.begin(), small.end());
            ++count;
            return large.insert(key).second;
        }
    };

    nlohmann::detail::json_sax_dom_parser<nlohmann::json> m_dom{result, false};
    std::vector<KeySet> m_keys;
    int m_depth = 0;
};

// The offset of the first byte that is not part of well-formed UTF-8, or -1.
// Overlong forms, surrogates and code points past U+10FFFF are ill-formed too.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the first continuation byte
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF)
            extra = 1;
        else if (c == 0xE0) {
            extra = 2;
            lo = 0xA0;
        } else if (c >= 0xE1 && c <= 0xEC)
            extra = 2;
        else if (c == 0xED) {
            extra = 2;
            hi = 0x9F;
        } else if (c >= 0xEE && c <= 0xEF)
            extra = 2;
        else if (c == 0xF0) {
            extra = 3;
            lo = 0x90;
        } else if (c >= 0xF1 && c <= 0xF3)
            extra = 3;
        else if (c == 0xF4) {
            extra = 3;
            hi = 0x8F;
        } else
            return i;
        if (i + extra >= n)
            return i; // truncated sequence at the end
        if (p[i + 1] < lo || p[i + 1] > hi)
            return i;
        for (int k = 2; k <= extra; ++k)
            if (p[i + k] < 0x80 || p[i + k] > 0xBF)
                return i;
        i += extra + 1;
    }
    return -1;
}

} // namespace

Result<nlohmann::json> JsonFile::parse(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > MaxBytes)
        return fail(QStringLiteral("%1: the file is larger than 10 MiB; such files are not accepted").arg(fileName));
    if (bytes.trimmed().isEmpty())
        return fail(QStringLiteral("%1: the file is empty; expected a JSON document").arg(fileName));
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0)
        return fail(QStringLiteral("%1: %2: the file is not valid UTF-8 text; save it as UTF-8 and try again")
                        .arg(fileName, lineAndColumn(bytes, static_cast<std::size_t>(bad))));

    CheckingSax sax;
    const bool parsed = nlohmann::json::sax_parse(bytes.constBegin(), bytes.constEnd(), &sax);
    if (!sax.problem.isEmpty())
        return fail(QStringLiteral("%1: %2").arg(fileName, sax.problem));
    if (!parsed) {
        const bool atEnd = sax.errorByte >= static_cast<std::size_t>(bytes.size());
        const QString what = atEnd ? QStringLiteral("the file ends before the JSON is complete (is it truncated?)")
                                   : QStringLiteral("this is not valid JSON");
        return fail(QStringLiteral("%1: %2: %3")
                        .arg(fileName, lineAndColumn(bytes, sax.errorByte ? sax.errorByte - 1 : 0), what));
    }
    return std::move(sax.result);
}

} // namespace ahplead
