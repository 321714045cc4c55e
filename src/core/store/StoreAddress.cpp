#include "core/store/StoreAddress.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>

namespace ahplead {

namespace {

const QLatin1String longScheme("postgresql://");
const QLatin1String shortScheme("postgres://");

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

Error malformed(const QString &address, const QString &why)
{
    const QString text = StoreAddress::masked(address);
    return fail(QStringLiteral("\"%1\" is not a shared store address ahplead can use: %2. A shared store's address "
                               "looks like postgresql://server.example.nhs.uk/ahplead or, on the server itself, "
                               "postgresql:///ahplead?host=/run/postgresql")
                    .arg(text, why));
}

// Single quotes and backslashes escaped as libpq's connection strings want them.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

bool StoreAddress::isServer(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(longScheme, Qt::CaseInsensitive) || t.startsWith(shortScheme, Qt::CaseInsensitive);
}

Result<StoreAddress> StoreAddress::parse(const QString &text)
{
    if (isServer(text))
        return parseServer(text.trimmed());
    StoreAddress address;
    address.m_text = text;
    return address;
}

QString StoreAddress::masked(const QString &text)
{
    static const QRegularExpression userPassword(QStringLiteral("(://[^/@:?]*):[^@/?]*@"));
    static const QRegularExpression passwordSetting(QStringLiteral("([?&]pass(?:word|file)=)[^&]*"));
    QString shown = text;
    shown.replace(userPassword, QStringLiteral("\\1:***@"));
    shown.replace(passwordSetting, QStringLiteral("\\1***"));
    return shown;
}

QString StoreAddress::shown() const
{
    return server() ? m_text : QDir::toNativeSeparators(m_text);
}

Status StoreAddress::setParameter(const QString &key, const QString &value)
{
    static const QRegularExpression name(QStringLiteral("^[a-z_]+$"));
    if (!name.match(key).hasMatch())
        return fail(QStringLiteral("\"%1\" is not a connection setting").arg(key));
    if (key == QLatin1String("password") || key == QLatin1String("passfile"))
        return fail(QStringLiteral("it holds a password setting; ahplead never keeps passwords in addresses. "
                                   "Put the password in ~/.pgpass (or set PGPASSWORD) instead"));
    // Qt's driver splits its options at semicolons.
    if (value.contains(QLatin1Char(';')))
        return fail(QStringLiteral("the setting %1 contains a semicolon, which Qt's PostgreSQL driver cannot pass on")
                        .arg(key));
    if (key == QLatin1String("host"))
        m_host = value;
    else if (key == QLatin1String("dbname"))
        m_database = value;
    else if (key == QLatin1String("user"))
        m_user = value;
    else {
        const qsizetype at = m_keys.indexOf(key);
        if (at >= 0)
            m_values[at] = value;
        else {
            m_keys << key;
            m_values << value;
        }
    }
    return success();
}

// Stays long: one pass over the URI's parts, in the order libpq reads them.
Result<StoreAddress> StoreAddress::parseServer(const QString &text)
{
    StoreAddress a;
    a.m_kind = Kind::Server;
    a.m_text = text;
    QString rest = text.mid(text.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    QString authority = slash >= 0 ? rest.left(slash) : rest;
    a.m_database = slash >= 0 ? decoded(rest.mid(slash + 1)) : QString();
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        if (userInfo.contains(QLatin1Char(':')))
            return malformed(text, QStringLiteral("it holds a password (user:password@); ahplead never keeps passwords "
                                                  "in addresses. Put the password in ~/.pgpass (or set PGPASSWORD) "
                                                  "instead"));
        a.m_user = decoded(userInfo);
        authority = authority.mid(at + 1);
    }
    // Hosts, each with an optional port: host, host:5432, [::1]:5432, a list separated by commas.
    QStringList hosts;
    QStringList ports;
    bool anyPort = false;
    for (const QString &spec : authority.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        static const QRegularExpression hostPort(QStringLiteral("^(\\[[^\\]]*\\]|[^:]*)(?::(\\d*))?$"));
        const QRegularExpressionMatch m = hostPort.match(spec);
        if (!m.hasMatch())
            return malformed(text,
                             QStringLiteral("\"%1\" is not a server name with an optional port number").arg(spec));
        QString host = decoded(m.captured(1));
        if (host.startsWith(QLatin1Char('[')))
            host = host.mid(1, host.size() - 2);
        hosts << host;
        ports << m.captured(2);
        anyPort = anyPort || !m.captured(2).isEmpty();
    }
    a.m_host = hosts.join(QLatin1Char(','));
    if (anyPort) {
        a.m_keys << QStringLiteral("port");
        a.m_values << ports.join(QLatin1Char(','));
    }
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return malformed(text, QStringLiteral("\"%1\" is not a setting of the form name=value").arg(pair));
        if (Status set = a.setParameter(decoded(pair.left(eq)), decoded(pair.mid(eq + 1))); !set)
            return malformed(text, set.message());
    }
    for (const QString &value : {a.m_host, a.m_database, a.m_user})
        if (value.contains(QLatin1Char(';')))
            return malformed(text, QStringLiteral("\"%1\" contains a semicolon, which Qt's PostgreSQL driver cannot "
                                                  "pass on")
                                       .arg(value));
    // An unreachable server should be reported in seconds, not after the system's long TCP timeout.
    if (!a.m_keys.contains(QLatin1String("connect_timeout"))) {
        a.m_keys << QStringLiteral("connect_timeout");
        a.m_values << QStringLiteral("10");
    }
    return a;
}

QString StoreAddress::connectOptions() const
{
    QStringList pairs;
    for (qsizetype i = 0; i < m_keys.size(); ++i)
        pairs << m_keys[i] + QLatin1Char('=') + quoted(m_values[i]);
    return pairs.join(QLatin1Char(';'));
}

} // namespace ahplead
