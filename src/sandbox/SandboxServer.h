#pragma once

#include "RateWindow.h"
#include "SandboxFault.h"
#include "SandboxFaults.h"
#include "SandboxOptions.h"
#include "core/catalog/ModelCatalog.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QUrl>
#include <memory>

class QTcpSocket;

namespace fr {

class Clock;
class SandboxHttpServer;
class SandboxPredictions;
struct SandboxHttpRequest;
struct SandboxHttpResponse;

// The local FASHN API: POST /v1/run, GET /v1/status/{id}, GET /v1/credits, output files under
// /cdn/{id}/output_{n}.{png|jpeg}, and the control endpoints (no key needed):
//   POST /_sandbox/faults    one SandboxFault JSON object, or an array of them (all or nothing)
//   GET /_sandbox/faults     {"faults": [pending rules]}
//   DELETE /_sandbox/faults  clears every rule
//   GET /_sandbox/stats      {"requests": {"run","status","credits","output","control","other"},
//                             "completions": [{"id","status","created_ms","finished_ms"}],
//                             "created": predictions created (each one charged or free),
//                             "now_ms", "faults"}; times on the sandbox clock's monotonic scale.
// Faults that replace the reply (http500, the 429s, malformed_json) skip the request; drop,
// delay and truncated act on the reply of a request that was handled (a run is created and
// charged). Listens on 127.0.0.1 only.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    void injectFault(const SandboxFault &fault);
    void clearFaults();

    // Remaining credits of a key (subscription + on-demand); -1 for a key not accepted.
    int credits(const QString &key) const;
    void setCredits(const QString &key, int onDemand, int subscription = 0);

    // Requests received per endpoint, faulted ones included.
    int requestCount(SandboxEndpoint endpoint) const;
    // The body of GET /_sandbox/stats.
    QJsonObject stats() const;
    const SandboxOptions &options() const { return m_options; }
    const ModelCatalog &catalog() const { return m_catalog; }

signals:
    // A prediction became terminal ("completed" or "failed"); finishedMs is on the monotonic
    // scale of the sandbox clock.
    void predictionFinished(const QString &id, const QString &status, qint64 finishedMs);

private:
    struct Account
    {
        int subscription = 0;
        int onDemand = 0;
    };
    struct Charge
    {
        QString key;
        int subscription = 0;
        int onDemand = 0;
    };

    void handle(const SandboxHttpRequest &request, QTcpSocket *socket);
    SandboxHttpResponse process(SandboxEndpoint endpoint, const SandboxHttpRequest &request);
    SandboxHttpResponse handleRun(const QString &key, const SandboxHttpRequest &request);
    SandboxHttpResponse handleStatus(const QString &key, const QString &id);
    SandboxHttpResponse handleCredits(const QString &key);
    SandboxHttpResponse handleOutput(const QString &path);
    SandboxHttpResponse handleControl(const SandboxHttpRequest &request);
    void deliver(QTcpSocket *socket, const SandboxHttpResponse &response,
                 const std::optional<SandboxFault> &fault);
    // The accepted key of the request, or empty.
    QString authorizedKey(const SandboxHttpRequest &request) const;
    bool allowRate(const QString &key, SandboxEndpoint endpoint);
    Account &account(const QString &key);
    void refund(const QString &id);

    SandboxOptions m_options;
    const Clock *m_clock;
    ModelCatalog m_catalog;
    SandboxFaults m_faults;
    SandboxHttpServer *m_http;
    SandboxPredictions *m_predictions;
    quint16 m_port = 0;
    QHash<QString, Account> m_accounts;
    QHash<QString, Charge> m_charges;
    QHash<QString, RateWindow> m_windows; // "<endpoint> <key>"
    QMap<QString, int> m_counts;
    QMap<QString, int> m_rejections; // 429s sent, by error name
};

} // namespace fr
