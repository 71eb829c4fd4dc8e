#pragma once

#include "SandboxLoadProfile.h"
#include "SandboxOptions.h"
#include "SandboxRenderer.h"
#include "core/catalog/ModelSpec.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <optional>

class QNetworkAccessManager;

namespace fr {

class Clock;

// Every prediction the sandbox has accepted, and its walk starting -> in_queue -> processing ->
// completed | failed. The status is computed from timestamps when asked; only the rendering
// (started as soon as the inputs are loaded) and one sweep timer run in the background.
class SandboxPredictions : public QObject
{
    Q_OBJECT

public:
    struct Output
    {
        QByteArray bytes;
        QString format;
    };

    SandboxPredictions(const SandboxOptions &options, const Clock *clock,
                       QObject *parent = nullptr);
    ~SandboxPredictions() override;

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }

    // Accepts a validated request and starts loading its inputs. injected: a runtime error
    // the prediction will end with (name, message), if any.
    QString create(const QString &key, const ModelSpec &model, const QJsonObject &values, int price,
                   std::optional<std::pair<QString, QString>> injected = {});

    bool contains(const QString &id) const { return m_predictions.contains(id); }
    int createdCount() const { return m_created; } // every prediction ever created
    // The /v1/status body; *creditsUsed is set (>= 0) once the prediction is terminal.
    QJsonObject statusJson(const QString &id, int *creditsUsed);
    std::optional<Output> output(const QString &id, int index);
    int inFlight(const QString &key);
    int price(const QString &id) const;
    QString keyOf(const QString &id) const;
    const SandboxLoadProfile &loadProfile() const { return m_load; }
    // {"id","status","finished_ms"} per terminal prediction, in finishing order.
    QJsonArray completions() const { return m_completions; }

signals:
    // A prediction became terminal; finishedMs is on the clock's monotonic scale.
    void predictionFinished(const QString &id, const QString &status, qint64 finishedMs);

private:
    struct Prediction
    {
        QString id;
        QString key;
        QJsonObject values;
        int price = 0;
        int outputCount = 1;
        bool base64 = false;
        qint64 createdAt = 0;
        qint64 queueAt = 0;
        qint64 processingAt = 0;
        qint64 dueAt = 0;
        int pendingFetches = 0;
        bool renderDone = false;
        qint64 renderDoneAt = 0;
        QString errorName; // load or render failure, or the injected runtime error
        QString errorMessage;
        bool injected = false;
        SandboxRenderJob job;
        QList<QByteArray> outputs;
        QString format;
        enum class State { Running, Completed, Failed } state = State::Running;
        qint64 finishedAt = 0;
    };

    qint64 now() const;
    void fetch(const QString &id, const QString &input, const QUrl &url);
    void inputLoaded(const QString &id);
    void startRender(Prediction &p);
    void settle(Prediction &p, qint64 now);
    void settleAll();
    void armSweep();
    void failLoad(Prediction &p, const QString &message);
    QString phase(const Prediction &p, qint64 now) const;

    SandboxOptions m_options;
    const Clock *m_clock;
    SandboxLoadProfile m_load;
    QUrl m_baseUrl;
    QNetworkAccessManager *m_network;
    QHash<QString, Prediction> m_predictions;
    int m_created = 0;
    QHash<QString, QImage> m_savedModels; // drawn once per name
    QJsonArray m_completions;
    QTimer m_sweep;
    // Rendering stays off the global pool, which Qt's painting borrows (see core WorkerPool.h).
    QThreadPool m_renderPool;
};

} // namespace fr
