#pragma once

// A job the runner holds, shared by JobRunner.cpp (submitting, polling) and
// JobRunnerOutputs.cpp (downloading and saving). Not part of the runner's interface.
#include "JobRunner.h"
#include "core/api/ApiTypes.h"
#include "core/api/PredictionPoller.h"
#include "core/images/ImagePreparer.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QStringList>

namespace fr {

struct JobRunner::Active
{
    JobRecord rec;
    QJsonObject wireValues;                 // the values sent; local images are in `prepared`
    QHash<QString, PreparedImage> prepared; // local image inputs, ready for upload
    QByteArray body;                        // the encoded /run body, kept until FASHN accepts it
    int pendingPrepares = 0;
    QPointer<PredictionPoller> poller;
    qint64 submittedMonotonicMs = 0;
    bool cancelRequested = false;
    // Downloading
    int outputCount = 0;
    int outputsPending = 0;
    QMap<int, QString> saved; // output index -> file
    QStringList outputProblems;
    ApiErrorKind worstProblem = ApiErrorKind::None;
    bool diskProblem = false; // an output or its sidecar could not be written
};

} // namespace fr
