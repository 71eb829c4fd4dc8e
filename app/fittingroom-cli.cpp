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

    QTranslator translator;
    // English is the source language; its file only carries the plural forms, and is the
    // fallback when the user's language has no translation.
    if (translator.load(QLocale(), QStringLiteral("fittingroom"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/fittingroom_en")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    fr::CliApp cli(out, err);
    const int code = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
