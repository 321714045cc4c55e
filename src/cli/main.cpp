#include "CliApp.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ahplead"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AHPLEAD_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    ahplead::CliApp cli;
    return cli.run(QCoreApplication::arguments().mid(1), out, err);
}
