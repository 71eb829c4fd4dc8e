#include "CliApp.h"

#include "core/FashnDefaults.h"
#include "core/api/FashnClient.h"
#include "core/catalog/Pricing.h"
#include "core/catalog/Validation.h"
#include "core/jobs/JobRecord.h"
#include "core/jobs/JobRunner.h"
#include "core/session/Session.h"
#include "core/settings/SecretStore.h"
#include "core/settings/Settings.h"
#include "core/text/Wording.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace fr {

namespace {
QString usage()
{
    return QCoreApplication::translate(
               "fr::CliApp",
               "Usage: fittingroom-cli [options] COMMAND [ARGS]\n"
               "\n"
               "Commands:\n"
               "  models [MODEL]                 list the models, or every parameter of one\n"
               "  estimate MODEL NAME=VALUE...   credits a request would cost\n"
               "  run MODEL NAME=VALUE...        generate and save the results\n"
               "  status PREDICTION_ID           ask FASHN about one prediction\n"
               "  credits                        the account's remaining credits\n"
               "  batch FILE                     run every job of a JSON Lines or CSV file\n"
               "  jobs [--state STATE]           list the journal's jobs\n"
               "  spend [--since YYYY-MM-DD]     credits per day and per model, from the journal\n"
               "  resume                         finish what an interrupted run left: poll and "
               "save\n"
               "                                 accepted jobs, send jobs never sent, list "
               "uncertain\n"
               "                                 ones (never resent on their own)\n"
               "  resubmit JOB_ID                send an uncertain or failed job again (a new "
               "charge)\n"
               "  drop JOB_ID                    resume leaves the job alone (saved files are "
               "kept)\n"
               "\n"
               "An image value is a file path, an http(s) URL or saved:NAME (try-on model_image).\n"
               "Example:\n"
               "  fittingroom-cli run product-to-model product_image=shirt.jpg prompt=\"studio\" "
               "resolution=2k --out DIR\n"
               "\n"
               "Options:\n"
               "  --json               machine-readable output on stdout\n"
               "  --out DIR            where results are saved (default: Pictures/Fitting Room)\n"
               "  --base-url URL       API base URL (default: $FASHN_BASE_URL or %1)\n"
               "  --sandbox            run against a local FASHN sandbox in this process (no key "
               "needed)\n"
               "  --sandbox-time-scale F  speed up the sandbox's processing times (e.g. 0.1)\n"
               "  --yes                batch, resubmit: send without asking (needed without a\n"
               "                       terminal); drop: also a job FASHN accepted\n"
               "  --max-credits N      batch: refuse a batch that costs more than N credits\n"
               "  --state STATE        jobs: only this state (queued, running, completed, failed,\n"
               "                       uncertain, ... or unfinished)\n"
               "  --since YYYY-MM-DD   spend: from this day on\n"
               "  -h, --help           this text;  --version  the version\n"
               "\n"
               "The API key is read from FASHN_API_KEY.\n"
               "\n"
               "Exit codes:\n"
               "   0 done\n"
               "   1 the prediction failed\n"
               "   2 wrong command, parameters or images (nothing spent)\n"
               "   3 missing or refused key\n"
               "   4 out of credits\n"
               "   5 network or server problem\n"
               "   6 submission uncertain (may be charged)\n"
               "   7 completed, but outputs expired or not saved\n"
               "   8 unknown prediction id\n"
               "   9 not confirmed, over --max-credits or over the daily cap (setting\n"
               "     spend/dailyCreditCap); nothing sent\n"
               "  10 accepted by FASHN (may be charged), but its status could not be read;\n"
               "     fittingroom-cli resume follows it again\n"
               "A batch or resume exits with the code of its first job that did not end well (6\n"
               "when any is uncertain, listed by resume until resubmitted or dropped); resubmit\n"
               "and drop exit 8 for an unknown job id.\n")
        .arg(defaults::baseUrl());
}
} // namespace

QStringList CliApp::commandNames()
{
    return {QStringLiteral("models"),   QStringLiteral("estimate"), QStringLiteral("run"),
            QStringLiteral("status"),   QStringLiteral("credits"),  QStringLiteral("batch"),
            QStringLiteral("jobs"),     QStringLiteral("spend"),    QStringLiteral("resume"),
            QStringLiteral("resubmit"), QStringLiteral("drop")};
}

CliApp::CliApp(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_out(out), m_err(err)
{
}

CliApp::~CliApp() = default;

void CliApp::fail(const QString &message)
{
    if (m_json) {
        QJsonObject o{{QStringLiteral("error"), message}};
        m_err << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        m_err << message << Qt::endl;
    }
}

void CliApp::printJson(const QJsonObject &o)
{
    m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    m_out.flush();
}

int CliApp::run(const QStringList &arguments)
{
    QStringList words;
    // Options may appear anywhere; NAME=VALUE words and commands are positional.
    for (int i = 1; i < arguments.size(); ++i) {
        const QString a = arguments.at(i);
        auto next = [&](QString *target) {
            if (i + 1 >= arguments.size()) {
                fail(tr("%1 needs a value.").arg(a));
                return false;
            }
            // "--out --json" is a forgotten value, not a folder named --json (write ./--json
            // for that).
            if (arguments.at(i + 1).startsWith(QLatin1String("--"))) {
                fail(tr("%1 needs a value; %2 is an option.").arg(a, arguments.at(i + 1)));
                return false;
            }
            *target = arguments.at(++i);
            return true;
        };
        if (a == QLatin1String("--json")) {
            m_json = true;
        } else if (a == QLatin1String("--sandbox")) {
            m_sandbox = true;
        } else if (a == QLatin1String("--yes")) {
            m_yes = true;
        } else if (a == QLatin1String("--max-credits")) {
            QString v;
            if (!next(&v))
                return ExitUsage;
            bool ok = false;
            m_maxCredits = v.toInt(&ok);
            if (!ok || m_maxCredits < 0) {
                fail(tr("--max-credits must be a whole number of credits, not \"%1\".").arg(v));
                return ExitUsage;
            }
        } else if (a == QLatin1String("--state")) {
            if (!next(&m_stateFilter))
                return ExitUsage;
        } else if (a == QLatin1String("--since")) {
            if (!next(&m_since))
                return ExitUsage;
        } else if (a == QLatin1String("--out")) {
            if (!next(&m_outDir))
                return ExitUsage;
        } else if (a == QLatin1String("--base-url")) {
            if (!next(&m_baseUrl))
                return ExitUsage;
        } else if (a == QLatin1String("--sandbox-time-scale")) {
            QString v;
            if (!next(&v))
                return ExitUsage;
            bool ok = false;
            m_sandboxTimeScale = v.toDouble(&ok);
            // Written so that NaN (which fails every comparison) is refused too.
            if (!ok || !(m_sandboxTimeScale > 0 && m_sandboxTimeScale <= 10)) {
                fail(tr("--sandbox-time-scale must be a number between 0 and 10, not \"%1\".")
                         .arg(v));
                return ExitUsage;
            }
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            m_out << usage();
            return ExitOk;
        } else if (a == QLatin1String("--version")) {
            m_out << QCoreApplication::applicationName() << ' '
                  << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitOk;
        } else if (a.startsWith(QLatin1String("--"))) {
            fail(tr("Unknown option %1. See fittingroom-cli --help.").arg(a));
            return ExitUsage;
        } else {
            words << a;
        }
    }
    if (words.isEmpty()) {
        m_err << usage();
        return ExitUsage;
    }

    const QString command = words.takeFirst();
    buildSession(command);
    for (const QString &w : m_session->catalogWarnings())
        m_err << tr("Ignoring a catalog override: %1").arg(w) << Qt::endl;

    if (command == QLatin1String("models"))
        return commandModels(words);
    if (command == QLatin1String("estimate"))
        return commandEstimate(words);
    if (command == QLatin1String("run"))
        return commandRun(words);
    if (command == QLatin1String("status"))
        return commandStatus(words);
    if (command == QLatin1String("credits"))
        return commandCredits();
    if (command == QLatin1String("batch"))
        return commandBatch(words);
    if (command == QLatin1String("jobs"))
        return commandJobs(words);
    if (command == QLatin1String("spend"))
        return commandSpend(words);
    if (command == QLatin1String("resume"))
        return commandResume(words);
    if (command == QLatin1String("resubmit"))
        return commandResubmit(words);
    if (command == QLatin1String("drop"))
        return commandDrop(words);
    fail(tr("Unknown command \"%1\". Commands: %2.")
             .arg(command, commandNames().join(QLatin1String(", "))));
    return ExitUsage;
}

bool CliApp::parseValues(const ModelSpec &model, const QStringList &words, QJsonObject *values)
{
    QStringList problems;
    QStringList names;
    for (const ParamSpec &p : model.inputs())
        names << p.name;
    for (const QString &word : words) {
        const int eq = word.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            problems << tr("\"%1\" is not NAME=VALUE.").arg(word);
            continue;
        }
        const QString name = word.left(eq);
        if (values->contains(name)) {
            problems << tr("%1 is given twice; give each parameter once (a batch file runs a "
                           "list of values: fittingroom-cli batch).")
                            .arg(name);
            continue;
        }
        const ParamSpec *spec = model.input(name);
        if (!spec) {
            problems << tr("%1 is not a parameter of %2; it has: %3.")
                            .arg(name, model.name(), names.join(QLatin1String(", ")));
            continue;
        }
        QString error;
        QJsonValue value = parseParamText(*spec, word.mid(eq + 1), &error);
        if (value.isUndefined()) {
            problems << error;
            continue;
        }
        if (spec->kind == ParamKind::Image &&
            classifyImageValue(value.toString()) == ImageValueForm::LocalFile) {
            QString path = value.toString();
            if (path.startsWith(QLatin1String("~/")))
                path = QDir::homePath() + path.mid(1);
            value = QFileInfo(path).absoluteFilePath();
        }
        values->insert(name, value);
    }
    for (const ValidationIssue &issue : validate(model, *values, ImageSources::LocalFilesAllowed)) {
        const QString text = text::validationIssue(issue);
        if (!problems.contains(text))
            problems << text;
    }
    for (const QString &p : std::as_const(problems))
        fail(p);
    return problems.isEmpty();
}

int CliApp::commandModels(const QStringList &args)
{
    if (args.isEmpty()) {
        QJsonArray list;
        for (const QString &name : catalog().modelNames()) {
            const ModelSpec *m = catalog().model(name);
            list.append(QJsonObject{{QStringLiteral("name"), name},
                                    {QStringLiteral("title"), m->displayTitle()},
                                    {QStringLiteral("lifecycle"), m->lifecycle()},
                                    {QStringLiteral("description"), m->displayDescription()}});
            if (!m_json)
                m_out << QStringLiteral("%1  %2 (%3)\n    %4\n")
                             .arg(name, -18)
                             .arg(m->displayTitle(), m->lifecycle(), m->displayDescription());
        }
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("models"), list}});
        return ExitOk;
    }
    const ModelSpec *m = catalog().model(args.first());
    if (!m) {
        fail(tr("Unknown model \"%1\". Models: %2.")
                 .arg(args.first(), catalog().modelNames().join(QLatin1String(", "))));
        return ExitUsage;
    }
    QJsonArray params;
    if (!m_json)
        m_out << m->displayTitle() << " (" << m->name() << ", " << m->lifecycle() << ")\n"
              << m->displayDescription() << "\n\n";
    for (const ParamSpec &p : m->inputs()) {
        QJsonObject o{{QStringLiteral("name"), p.name},
                      {QStringLiteral("kind"), paramKindName(p.kind)},
                      {QStringLiteral("required"), p.required},
                      {QStringLiteral("label"), p.displayLabel()},
                      {QStringLiteral("help"), p.displayHelp()}};
        QString rule;
        if (p.hasDefault()) {
            o.insert(QStringLiteral("default"), p.defaultValue);
            rule += tr(" default %1")
                        .arg(p.defaultValue.isBool() ? (p.defaultValue.toBool() ? "true" : "false")
                                                     : p.defaultValue.toVariant().toString());
        }
        if (!p.values.isEmpty()) {
            o.insert(QStringLiteral("values"), QJsonArray::fromStringList(p.values));
            rule += tr(" one of %1").arg(p.values.join(QLatin1Char('|')));
        }
        if (p.minimum && p.maximum) {
            o.insert(QStringLiteral("min"), double(*p.minimum));
            o.insert(QStringLiteral("max"), double(*p.maximum));
            rule += tr(" %1..%2").arg(*p.minimum).arg(*p.maximum);
        }
        if (!p.excludes.isEmpty()) {
            o.insert(QStringLiteral("excludes"), QJsonArray::fromStringList(p.excludes));
            rule += tr(" not with %1").arg(p.excludes.join(QLatin1String(", ")));
        }
        params.append(o);
        if (!m_json)
            m_out << QStringLiteral("  %1 %2%3%4\n      %5\n")
                         .arg(p.name, -22)
                         .arg(paramKindName(p.kind), p.required ? tr(" required") : QString(), rule,
                              p.displayHelp());
    }
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("name"), m->name()},
                              {QStringLiteral("title"), m->displayTitle()},
                              {QStringLiteral("parameters"), params}});
    return ExitOk;
}

int CliApp::commandEstimate(const QStringList &args)
{
    if (args.isEmpty()) {
        fail(tr("estimate needs a model: fittingroom-cli estimate MODEL NAME=VALUE..."));
        return ExitUsage;
    }
    const ModelSpec *m = catalog().model(args.first());
    if (!m) {
        fail(tr("Unknown model \"%1\". Models: %2.")
                 .arg(args.first(), catalog().modelNames().join(QLatin1String(", "))));
        return ExitUsage;
    }
    QJsonObject values;
    if (!parseValues(*m, args.mid(1), &values))
        return ExitUsage;
    const PriceBreakdown price = estimatePrice(*m, values);
    if (!price.known) {
        fail(tr("The catalog has no price for these parameters."));
        return ExitUsage;
    }
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("credits"), price.total}});
        return ExitOk;
    }
    m_out << tr("%n credit(s)", nullptr, price.total) << Qt::endl;
    QString detail = tr("%1 per image").arg(price.perImageBase);
    if (price.perImageExtras)
        detail += tr(" + %1 for the face reference").arg(price.perImageExtras);
    detail += tr(", %n image(s)", nullptr, price.images);
    if (price.automatic && !price.billedRow.isEmpty())
        detail += tr("; generation mode not set: billed as %1").arg(price.billedRow);
    m_out << "  " << detail << Qt::endl;
    return ExitOk;
}

void CliApp::buildSession(const QString &command)
{
    SessionOptions options;
    // A sandbox run dies with this process, so its journal would only point at a gone server;
    // status and credits run no job at all; jobs, spend and drop read the journal on their own.
    const QStringList journalled{QStringLiteral("run"), QStringLiteral("batch"),
                                 QStringLiteral("resume"), QStringLiteral("resubmit")};
    if (m_sandbox || !journalled.contains(command))
        options.journalPath = QStringLiteral(":memory:");
    options.baseUrl = QUrl(m_baseUrl);
    options.readEnvironment = true; // FASHN_API_KEY and FASHN_BASE_URL; never the keychain
    options.forceSandbox = m_sandbox;
    options.sandboxTimeScale = m_sandboxTimeScale;
    options.useBackendSetting = false;
    options.resumeJobs = false;
    options.startSandbox = [this](double timeScale) {
        SandboxOptions sandbox;
        sandbox.timeScale = timeScale;
        m_sandboxServer = std::make_unique<SandboxServer>(sandbox);
        LocalBackend local;
        if (!m_sandboxServer->listen(0)) {
            local.error = tr("Could not start the local sandbox on 127.0.0.1.");
            return local;
        }
        local.baseUrl = m_sandboxServer->baseUrl();
        local.apiKey = QString::fromLatin1(kSandboxDefaultKey);
        return local;
    };
    m_settings = std::make_unique<Settings>();
    m_session = std::make_unique<Session>(m_settings.get(), nullptr, std::move(options));
}

const ModelCatalog &CliApp::catalog() const
{
    return m_session->catalog();
}

FashnClient *CliApp::client() const
{
    return m_session->client();
}

bool CliApp::connectClient()
{
    if (!m_session->isReady()) {
        QEventLoop loop;
        connect(m_session.get(), &Session::ready, &loop, &QEventLoop::quit);
        m_session->start();
        if (!m_session->isReady())
            loop.exec();
    }
    if (m_sandbox) {
        if (!m_session->isSandbox()) {
            fail(m_session->startProblem());
            m_connectExit = ExitNetwork;
            return false;
        }
        m_err << tr("Using the local FASHN sandbox at %1 (outputs are marked SANDBOX).")
                     .arg(m_sandboxServer->baseUrl().toString())
              << Qt::endl;
    }
    const QUrl baseUrl = m_session->clientConfig().baseUrl;
    if (const QString problem = checkBaseUrl(baseUrl); !problem.isEmpty()) {
        fail(tr("The API base URL %1 is refused: %2")
                 .arg(baseUrl.toDisplayString(QUrl::RemoveUserInfo), problem));
        m_connectExit = ExitUsage;
        return false;
    }
    if (!m_session->isSandbox() && !m_session->hasKey()) {
        fail(tr("No API key: set FASHN_API_KEY to your FASHN key, or add --sandbox to try the "
                "local sandbox."));
        m_connectExit = ExitAuth;
        return false;
    }
    if (!m_session->isSandbox() &&
        !keyIsPrintableAscii(m_session->clientConfig().apiKey.trimmed())) {
        fail(tr("The API key contains a line break or another character that is not printable "
                "ASCII; nothing was sent. Copy the key again into FASHN_API_KEY."));
        m_connectExit = ExitAuth;
        return false;
    }
    // Never a silent wait: every resend and every failed status look says what was answered
    // and when the next try is.
    if (!m_waitNoticesConnected) {
        m_waitNoticesConnected = true;
        connect(m_session->client(), &FashnClient::retrying, this,
                [this](Endpoint endpoint, const ApiError &answer, qint64 delayMs) {
                    m_err << text::retrying(endpoint, answer, delayMs) << Qt::endl;
                });
        if (JobRunner *runner = m_session->runner())
            connect(runner, &JobRunner::jobStatusTrouble, this,
                    [this](const JobRecord &job, const ApiError &answer, qint64 delayMs) {
                        m_err << text::statusTrouble(job, answer, delayMs) << Qt::endl;
                    });
    }
    return true;
}

int CliApp::commandStatus(const QStringList &args)
{
    if (args.size() != 1) {
        fail(tr("status needs one prediction id: fittingroom-cli status ID"));
        return ExitUsage;
    }
    if (!connectClient())
        return m_connectExit;
    QEventLoop loop;
    StatusResult result;
    client()->status(args.first(), this, [&](const StatusResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (result.error.isError()) {
        fail(text::apiError(result.error));
        return exitForError(int(result.error.kind));
    }
    if (m_json) {
        QJsonObject o{{QStringLiteral("id"), result.id},
                      {QStringLiteral("status"), predictionStatusName(result.status)},
                      {QStringLiteral("output"), QJsonArray::fromStringList(result.outputs)}};
        if (!result.predictionError.isEmpty())
            o.insert(QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("name"), result.predictionError.name},
                                 {QStringLiteral("message"), result.predictionError.message}});
        if (result.creditsUsed >= 0)
            o.insert(QStringLiteral("credits_used"), result.creditsUsed);
        printJson(o);
    } else {
        m_out << result.id << ": " << predictionStatusName(result.status) << Qt::endl;
        for (const QString &o : std::as_const(result.outputs))
            m_out << "  "
                  << (o.startsWith(QLatin1String("data:"))
                          ? tr("(inline image, %1 characters)").arg(o.size())
                          : o)
                  << Qt::endl;
        if (!result.predictionError.isEmpty())
            m_out << "  " << text::predictionError(result.predictionError) << Qt::endl;
    }
    return result.status == PredictionStatus::Failed ? ExitPredictionFailed : ExitOk;
}

int CliApp::commandCredits()
{
    if (!connectClient())
        return m_connectExit;
    QEventLoop loop;
    CreditsResult result;
    client()->credits(this, [&](const CreditsResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (result.error.isError()) {
        fail(text::apiError(result.error));
        return exitForError(int(result.error.kind));
    }
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("credits"),
                               QJsonObject{{QStringLiteral("total"), result.total},
                                           {QStringLiteral("subscription"), result.subscription},
                                           {QStringLiteral("on_demand"), result.onDemand}}}});
    } else {
        m_out << tr("%n credit(s)", nullptr, result.total) << Qt::endl
              << tr("  subscription %1, on demand %2").arg(result.subscription).arg(result.onDemand)
              << Qt::endl;
    }
    return ExitOk;
}

int CliApp::exitForError(int kind) const
{
    switch (ApiErrorKind(kind)) {
    case ApiErrorKind::None:
        return ExitOk;
    case ApiErrorKind::BadRequest:
        return ExitUsage;
    case ApiErrorKind::Unauthorized:
    case ApiErrorKind::MissingKey:
        return ExitAuth;
    case ApiErrorKind::NotFound:
        return ExitNotFound;
    case ApiErrorKind::OutOfCredits:
        return ExitOutOfCredits;
    case ApiErrorKind::SubmissionUncertain:
        return ExitUncertain;
    case ApiErrorKind::OutputExpired:
    case ApiErrorKind::NotAnImage:
        return ExitOutputLost;
    case ApiErrorKind::InsecureUrl:
        return ExitUsage;
    default:
        return ExitNetwork;
    }
}

} // namespace fr
