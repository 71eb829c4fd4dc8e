// fittingroom-sandbox: serves the local FASHN API emulator on 127.0.0.1 until killed.
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

namespace {

// "N/WINDOW_MS" or "N" (keeps the default window).
bool parseLimit(const QString &text, int *limit, int *windowMs)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    bool ok = parts.size() <= 2;
    const int n = parts.value(0).toInt(&ok);
    if (!ok || n < 0)
        return false;
    if (parts.size() == 2) {
        const int w = parts.value(1).toInt(&ok);
        if (!ok || w <= 0)
            return false;
        *windowMs = w;
    }
    *limit = n;
    return true;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "fittingroom-sandbox: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fittingroom-sandbox"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Local emulator of the FASHN API. Prints its base URL alone on the first line of "
        "stdout, then serves until killed."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (0: any free)."),
                                  QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 QStringLiteral("Accepted API key (repeatable; default %1).")
                                     .arg(QString::fromLatin1(fr::kSandboxDefaultKey)),
                                 QStringLiteral("KEY"));
    const QCommandLineOption credits(QStringLiteral("credits"),
                                     QStringLiteral("Starting credits per key (default 1000)."),
                                     QStringLiteral("N"));
    const QCommandLineOption timeScale(
        QStringLiteral("time-scale"),
        QStringLiteral("Multiplier for processing times and retention (default 1)."),
        QStringLiteral("FACTOR"));
    const QCommandLineOption runLimit(QStringLiteral("run-limit"),
                                      QStringLiteral("/v1/run limit as N/WINDOW_MS (%1/%2).")
                                          .arg(fr::defaults::kRunLimit.requests)
                                          .arg(fr::defaults::kRunLimit.windowMs),
                                      QStringLiteral("N/MS"));
    const QCommandLineOption statusLimit(QStringLiteral("status-limit"),
                                         QStringLiteral("/v1/status limit as N/WINDOW_MS (%1/%2).")
                                             .arg(fr::defaults::kStatusLimit.requests)
                                             .arg(fr::defaults::kStatusLimit.windowMs),
                                         QStringLiteral("N/MS"));
    const QCommandLineOption creditsLimit(
        QStringLiteral("credits-limit"),
        QStringLiteral("/v1/credits limit as N/WINDOW_MS (%1/%2).")
            .arg(fr::defaults::kCreditsLimit.requests)
            .arg(fr::defaults::kCreditsLimit.windowMs),
        QStringLiteral("N/MS"));
    const QCommandLineOption noRateLimits(QStringLiteral("no-rate-limits"),
                                          QStringLiteral("Do not enforce rate limits."));
    const QCommandLineOption maxInFlight(
        QStringLiteral("max-in-flight"),
        QStringLiteral("Predictions in flight per key (%1).").arg(fr::defaults::kMaxInFlight),
        QStringLiteral("N"));
    const QCommandLineOption fault(
        QStringLiteral("fault"),
        QStringLiteral("Inject a fault (repeatable): KIND[:ENDPOINT[:COUNT[:DELAY_MS]]] with "
                       "KIND drop|delay|http500|rate_limit|concurrency_limit|out_of_credits|"
                       "malformed_json|truncated and ENDPOINT run|status|credits|output|any; "
                       "or runtime:ERROR_NAME[:COUNT[:MESSAGE]]."),
        QStringLiteral("SPEC"));
    const QCommandLineOption load(
        QStringLiteral("load"),
        QStringLiteral("Load profile: steady (the catalog's durations, default), drift (a load "
                       "factor moving between 0.5 and 2 over minutes, +-15% between neighbours, "
                       "predictions held in_queue while it is high) or spiky (steady with rare "
                       "3-5x slow outliers). Minutes follow --time-scale."),
        QStringLiteral("PROFILE"));
    const QCommandLineOption loadSeed(
        QStringLiteral("load-seed"),
        QStringLiteral("Seed of the drift and spiky profiles; the same seed repeats a run "
                       "(default 1)."),
        QStringLiteral("N"));
    parser.addOptions({port, key, credits, timeScale, runLimit, statusLimit, creditsLimit,
                       noRateLimits, maxInFlight, fault, load, loadSeed});
    parser.process(app);

    fr::SandboxOptions options;
    options.keys = parser.values(key);
    bool ok = true;
    if (parser.isSet(credits) && ((options.credits = parser.value(credits).toInt(&ok)), !ok))
        return fail(QStringLiteral("--credits needs a number"));
    if (parser.isSet(timeScale) && ((options.timeScale = parser.value(timeScale).toDouble(&ok)),
                                    !ok || options.timeScale <= 0))
        return fail(QStringLiteral("--time-scale needs a positive number"));
    if (parser.isSet(maxInFlight) &&
        ((options.maxInFlight = parser.value(maxInFlight).toInt(&ok)), !ok))
        return fail(QStringLiteral("--max-in-flight needs a number"));
    if (parser.isSet(runLimit) &&
        !parseLimit(parser.value(runLimit), &options.runLimit, &options.runWindowMs))
        return fail(QStringLiteral("--run-limit needs N/WINDOW_MS"));
    if (parser.isSet(statusLimit) &&
        !parseLimit(parser.value(statusLimit), &options.statusLimit, &options.statusWindowMs))
        return fail(QStringLiteral("--status-limit needs N/WINDOW_MS"));
    if (parser.isSet(creditsLimit) &&
        !parseLimit(parser.value(creditsLimit), &options.creditsLimit, &options.creditsWindowMs))
        return fail(QStringLiteral("--credits-limit needs N/WINDOW_MS"));
    if (parser.isSet(load)) {
        const auto profile = fr::sandboxLoadFromName(parser.value(load));
        if (!profile)
            return fail(QStringLiteral("--load needs steady, drift or spiky"));
        options.load = *profile;
    }
    if (parser.isSet(loadSeed) && ((options.loadSeed = parser.value(loadSeed).toUInt(&ok)), !ok))
        return fail(QStringLiteral("--load-seed needs a non-negative number"));
    options.enforceRateLimits = !parser.isSet(noRateLimits);
    const quint16 wantedPort = quint16(parser.value(port).toUInt(&ok));
    if (!ok)
        return fail(QStringLiteral("--port needs a number"));

    fr::SandboxServer server(options);
    for (const QString &spec : parser.values(fault)) {
        QString error;
        const auto parsed = fr::SandboxFault::fromSpec(spec, &error);
        if (!parsed)
            return fail(error);
        server.injectFault(*parsed);
    }
    if (!server.listen(wantedPort))
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(wantedPort));
    std::printf("%s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
