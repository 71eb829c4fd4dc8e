// fittingroom-cli: generate, estimate and inspect FASHN jobs from a terminal.
#include "cli/CliApp.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FittingRoom"));
    QCoreApplication::setApplicationName(QStringLiteral("fittingroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FR_VERSION));

    // English is the source language; its file carries the plural forms. A translation of the
    // user's language is installed on top and falls through to English where it is unfinished.
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/fittingroom_en")))
        QCoreApplication::installTranslator(&english);
    QTranslator local;
    if (QLocale().language() != QLocale::English &&
        local.load(QLocale(), QStringLiteral("fittingroom"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&local);

    QTextStream out(stdout);
    QTextStream err(stderr);
    fr::CliApp cli(out, err);
    const int code = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
