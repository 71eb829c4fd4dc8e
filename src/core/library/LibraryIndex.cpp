#include "LibraryIndex.h"

#include "core/images/WorkerPool.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtConcurrent>
#include <algorithm>
#include <atomic>

namespace fr {

namespace {

// Bump when the table changes shape: an old index is then dropped and rebuilt from sidecars.
constexpr int kSchemaVersion = 1;
constexpr qint64 kMaxSidecarBytes = 1 << 20; // ours are a few KB; anything bigger is not ours

std::atomic<int> s_connectionCounter{0};

bool hasImageSuffix(const QString &name)
{
    const QString lower = name.toLower();
    return lower.endsWith(QLatin1String(".png")) || lower.endsWith(QLatin1String(".jpg")) ||
           lower.endsWith(QLatin1String(".jpeg")) || lower.endsWith(QLatin1String(".webp"));
}

// Reads one sidecar into a record. Runs on worker threads and in addSaved().
LibraryIndex::Record readRecord(const QFileInfo &sidecar)
{
    LibraryIndex::Record record;
    record.sidecarName = sidecar.fileName();
    record.mtime = sidecar.lastModified().toMSecsSinceEpoch();
    record.size = sidecar.size();
    const QString imagePath = sidecar.absoluteFilePath().chopped(5); // minus ".json"
    if (!hasImageSuffix(imagePath) || !QFileInfo(imagePath).isFile())
        return record;
    const QJsonObject json = LibraryIndex::readSidecar(sidecar.absoluteFilePath());
    LibraryEntry &e = record.entry;
    if (!LibraryIndex::entryFromSidecar(json, &e))
        return record;
    e.imagePath = imagePath;
    e.sidecarPath = sidecar.absoluteFilePath();
    if (!e.savedAt.isValid())
        e.savedAt = sidecar.lastModified().toUTC();
    const QSize size = QImageReader(imagePath).size(); // header only
    if (size.isValid()) {
        e.width = size.width();
        e.height = size.height();
    }
    record.valid = true;
    return record;
}

// The folder scan: stat every sidecar, parse only what is new or changed since the index last
// saw it. known maps sidecar name to (mtime, size); it is a copy, so the index may change
// meanwhile.
LibraryIndex::ScanResult scanFolder(const QString &folder, int generation,
                                    const QHash<QString, QPair<qint64, qint64>> &known,
                                    const QSet<QString> &validNames)
{
    LibraryIndex::ScanResult result;
    result.generation = generation;
    QSet<QString> seen;
    const QFileInfoList files = QDir(folder).entryInfoList(
        {QStringLiteral("*.json")}, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : files) {
        const QString name = info.fileName();
        seen.insert(name);
        const auto it = known.constFind(name);
        const bool unchanged = it != known.constEnd() &&
                               it->first == info.lastModified().toMSecsSinceEpoch() &&
                               it->second == info.size();
        if (unchanged) {
            // The image can go while its sidecar stays (deleted by hand): drop the entry then.
            if (validNames.contains(name) && !QFileInfo::exists(info.absoluteFilePath().chopped(5)))
                result.removed.append(name);
            continue;
        }
        result.upserts.append(readRecord(info));
        ++result.parsed;
    }
    for (auto it = known.constBegin(); it != known.constEnd(); ++it) {
        if (!seen.contains(it.key()))
            result.removed.append(it.key());
    }
    return result;
}

QString fileNameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

LibraryIndex::LibraryIndex(const QString &folder, const QString &databasePath, QObject *parent)
    : QObject(parent)
{
    m_folder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    m_databasePath = databasePath.isEmpty() ? defaultDatabasePath(m_folder) : databasePath;
    open();
}

LibraryIndex::~LibraryIndex()
{
    close();
}

QString LibraryIndex::defaultDatabasePath(const QString &folder)
{
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QByteArray key =
        QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/library/") + QString::fromLatin1(key) + QStringLiteral(".sqlite");
}

void LibraryIndex::setFolder(const QString &folder, const QString &databasePath)
{
    close();
    m_folder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    m_databasePath = databasePath.isEmpty() ? defaultDatabasePath(m_folder) : databasePath;
    open();
    emit changed();
}

void LibraryIndex::open()
{
    m_connection = QStringLiteral("fr-library-%1").arg(++s_connectionCounter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    QDir().mkpath(QFileInfo(m_databasePath).absolutePath());
    db.setDatabaseName(m_databasePath);
    if (!db.open()) {
        // The index is only a cache: without it the sidecars are simply read on every open.
        qWarning("LibraryIndex: cannot open %s: %s", qPrintable(m_databasePath),
                 qPrintable(db.lastError().text()));
        db.setDatabaseName(QStringLiteral(":memory:"));
        db.open();
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)"));
    int version = 0;
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("schema"));
    if (q.exec() && q.next())
        version = q.value(0).toInt();
    if (version != kSchemaVersion) {
        q.exec(QStringLiteral("DROP TABLE IF EXISTS entries"));
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
        q.addBindValue(QStringLiteral("schema"));
        q.addBindValue(QString::number(kSchemaVersion));
        q.exec();
    }
    q.exec(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS entries(sidecar TEXT PRIMARY KEY, valid INTEGER, "
        "model TEXT, prompt TEXT, job_id TEXT, prediction_id TEXT, seed INTEGER, "
        "output_index INTEGER, output_count INTEGER, saved_at INTEGER, credits_used INTEGER, "
        "width INTEGER, height INTEGER, mtime INTEGER, size INTEGER)"));
    loadAll();
}

void LibraryIndex::close()
{
    ++m_generation; // a scan still running belongs to the old folder: its result is dropped
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_refreshAgain = false;
    m_records.clear();
    m_entries.clear();
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
        m_connection.clear();
    }
}

void LibraryIndex::loadAll()
{
    m_records.clear();
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT sidecar, valid, model, prompt, job_id, prediction_id, seed, output_index, "
        "output_count, saved_at, credits_used, width, height, mtime, size FROM entries"));
    const QString base = m_folder + QLatin1Char('/');
    while (q.next()) {
        Record r;
        r.sidecarName = q.value(0).toString();
        r.valid = q.value(1).toBool();
        r.mtime = q.value(13).toLongLong();
        r.size = q.value(14).toLongLong();
        if (r.valid) {
            LibraryEntry &e = r.entry;
            e.sidecarPath = base + r.sidecarName;
            e.imagePath = e.sidecarPath.chopped(5);
            e.model = q.value(2).toString();
            e.prompt = q.value(3).toString();
            e.jobId = q.value(4).toString();
            e.predictionId = q.value(5).toString();
            e.seed = q.value(6).toLongLong();
            e.outputIndex = q.value(7).toInt();
            e.outputCount = q.value(8).toInt();
            e.savedAt = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), Qt::UTC);
            e.creditsUsed = q.value(10).toInt();
            e.width = q.value(11).toInt();
            e.height = q.value(12).toInt();
        }
        m_records.insert(r.sidecarName, r);
    }
    rebuildEntries();
}

bool LibraryIndex::writeRecords(const QList<Record> &records, const QStringList &removed)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO entries(sidecar, valid, model, prompt, job_id, prediction_id, "
        "seed, output_index, output_count, saved_at, credits_used, width, height, mtime, size) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Record &r : records) {
        const LibraryEntry &e = r.entry;
        insert.addBindValue(r.sidecarName);
        insert.addBindValue(r.valid ? 1 : 0);
        insert.addBindValue(e.model);
        insert.addBindValue(e.prompt);
        insert.addBindValue(e.jobId);
        insert.addBindValue(e.predictionId);
        insert.addBindValue(e.seed);
        insert.addBindValue(e.outputIndex);
        insert.addBindValue(e.outputCount);
        insert.addBindValue(e.savedAt.isValid() ? e.savedAt.toMSecsSinceEpoch() : 0);
        insert.addBindValue(e.creditsUsed);
        insert.addBindValue(e.width);
        insert.addBindValue(e.height);
        insert.addBindValue(r.mtime);
        insert.addBindValue(r.size);
        if (!insert.exec())
            qWarning("LibraryIndex: %s", qPrintable(insert.lastError().text()));
    }
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM entries WHERE sidecar = ?"));
    for (const QString &name : removed) {
        del.addBindValue(name);
        del.exec();
    }
    return db.commit();
}

void LibraryIndex::rebuildEntries()
{
    QList<LibraryEntry> list;
    list.reserve(m_records.size());
    int skipped = 0;
    for (const Record &r : std::as_const(m_records)) {
        if (r.valid)
            list.append(r.entry);
        else
            ++skipped;
    }
    m_skipped = skipped;
    // A job's time is its newest result's, so a job stays one block even when its outputs were
    // saved a second apart.
    QHash<QString, qint64> jobTime;
    for (const LibraryEntry &e : list) {
        qint64 &t = jobTime[e.groupKey()];
        t = std::max(t, e.savedAt.toMSecsSinceEpoch());
    }
    std::sort(list.begin(), list.end(), [&jobTime](const LibraryEntry &a, const LibraryEntry &b) {
        const QString ka = a.groupKey(), kb = b.groupKey();
        const qint64 ta = jobTime.value(ka), tb = jobTime.value(kb);
        if (ta != tb)
            return ta > tb;
        if (ka != kb)
            return ka < kb;
        if (a.outputIndex != b.outputIndex)
            return a.outputIndex < b.outputIndex;
        return a.imagePath < b.imagePath;
    });
    m_entries = std::move(list);
}

QHash<QString, QPair<qint64, qint64>> LibraryIndex::knownStats() const
{
    QHash<QString, QPair<qint64, qint64>> known;
    known.reserve(m_records.size());
    for (const Record &r : m_records)
        known.insert(r.sidecarName, {r.mtime, r.size});
    return known;
}

QStringList LibraryIndex::models() const
{
    QStringList out;
    for (const LibraryEntry &e : m_entries) {
        if (!out.contains(e.model))
            out.append(e.model);
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

void LibraryIndex::addSaved(const QStringList &imagePaths)
{
    QList<Record> records;
    for (const QString &path : imagePaths) {
        const QFileInfo image(path);
        if (QDir::cleanPath(image.absolutePath()) != m_folder)
            continue; // saved elsewhere (another folder): not this library's
        const QFileInfo sidecar(image.absoluteFilePath() + QStringLiteral(".json"));
        if (!sidecar.isFile())
            continue;
        records.append(readRecord(sidecar));
        ++m_parsed;
    }
    if (records.isEmpty())
        return;
    writeRecords(records, {});
    for (const Record &r : records)
        m_records.insert(r.sidecarName, r);
    rebuildEntries();
    emit changed();
}

bool LibraryIndex::remove(const QString &imagePath)
{
    return remove(QStringList{imagePath}) > 0;
}

int LibraryIndex::remove(const QStringList &imagePaths)
{
    QStringList names;
    for (const QString &path : imagePaths) {
        const QString name = fileNameOf(path) + QStringLiteral(".json");
        if (m_records.contains(name) && !names.contains(name))
            names.append(name);
    }
    if (names.isEmpty())
        return 0;
    writeRecords({}, names);
    for (const QString &name : std::as_const(names))
        m_records.remove(name);
    rebuildEntries();
    emit changed();
    return int(names.size());
}

void LibraryIndex::refresh()
{
    if (m_watcher) {
        m_refreshAgain = true;
        return;
    }
    QSet<QString> validNames;
    for (const Record &r : std::as_const(m_records)) {
        if (r.valid)
            validNames.insert(r.sidecarName);
    }
    m_watcher = new QFutureWatcher<ScanResult>(this);
    connect(m_watcher, &QFutureWatcher<ScanResult>::finished, this, [this] {
        const ScanResult result = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        if (result.generation == m_generation)
            apply(result);
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
            return;
        }
        emit refreshFinished();
    });
    m_watcher->setFuture(
        runInBackground(scanFolder, m_folder, m_generation, knownStats(), validNames));
}

void LibraryIndex::apply(const ScanResult &result)
{
    m_parsed += result.parsed;
    if (result.upserts.isEmpty() && result.removed.isEmpty())
        return;
    writeRecords(result.upserts, result.removed);
    for (const QString &name : result.removed)
        m_records.remove(name);
    for (const Record &r : result.upserts)
        m_records.insert(r.sidecarName, r);
    const QList<LibraryEntry> before = m_entries;
    rebuildEntries();
    if (before != m_entries)
        emit changed();
}

QJsonObject LibraryIndex::readSidecar(const QString &sidecarPath)
{
    QFile file(sidecarPath);
    if (file.size() > kMaxSidecarBytes || !file.open(QIODevice::ReadOnly))
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    return doc.object();
}

bool LibraryIndex::entryFromSidecar(const QJsonObject &json, LibraryEntry *entry)
{
    // Ours: written by OutputStore (the studio or the CLI). Other tools' .json files may share
    // the folder and are left alone.
    const bool ours =
        json.value(QLatin1String("app")).toString() == QLatin1String("Fitting Room") ||
        json.value(QLatin1String("sidecar_version")).isDouble();
    const QString model = json.value(QLatin1String("model")).toString();
    if (!ours || model.isEmpty())
        return false;
    const QJsonObject parameters = json.value(QLatin1String("parameters")).toObject();
    entry->model = model;
    entry->prompt = parameters.value(QLatin1String("prompt")).toString();
    entry->jobId = json.value(QLatin1String("job_id")).toString();
    entry->predictionId = json.value(QLatin1String("prediction_id")).toString();
    const QJsonValue seed = json.contains(QLatin1String("seed"))
                                ? json.value(QLatin1String("seed"))
                                : parameters.value(QLatin1String("seed"));
    entry->seed = seed.isDouble() ? qint64(seed.toDouble()) : -1;
    entry->outputIndex = json.value(QLatin1String("output_index")).toInt(0);
    entry->outputCount = std::max(1, json.value(QLatin1String("output_count")).toInt(1));
    entry->savedAt =
        QDateTime::fromString(json.value(QLatin1String("saved_at")).toString(), Qt::ISODateWithMs);
    entry->creditsUsed = json.value(QLatin1String("credits_used")).toInt(-1);
    return true;
}

} // namespace fr
