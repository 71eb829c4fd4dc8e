#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace fr {

// One label per compared pane naming only what differs between the results, read from their
// sidecars: "seed 42 · quality" against "seed 7 · fast". Results made the same way are all
// "Same settings". A pane with an empty sidecar is an input picture, not a result: it reads
// "Input · <file name>" (names from fileNames, same order) and takes no part in the diff.
// A single result among inputs gets its summary instead, since it has nothing to differ from.
QStringList compareLabels(const QList<QJsonObject> &sidecars, const QStringList &fileNames = {});

} // namespace fr
