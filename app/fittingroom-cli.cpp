// fittingroom-cli: generate, estimate and inspect FASHN jobs from a terminal.
#include "cli/CliApp.h"
#include "core/text/Translations.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FittingRoom"));
    QCoreApplication::setApplicationName(QStringLiteral("fittingroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FR_VERSION));

    // English carries the plural forms; the system's language goes on top of it.
    fr::text::installTranslations();

    QTextStream out(stdout);
    QTextStream err(stderr);
    fr::CliApp cli(out, err);
    const int code = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
