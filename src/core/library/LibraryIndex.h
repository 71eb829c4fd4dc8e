#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

template <typename T> class QFutureWatcher;

namespace fr {

// One saved result as the gallery shows it. The sidecar stays the source of truth; this is the
// part of it worth indexing. readSidecar() gives the whole object when a view needs it.
struct LibraryEntry
{
    QString imagePath;
    QString sidecarPath;
    QString model;
    QString prompt;
    QString jobId;
    QString predictionId;
    qint64 seed = -1;
    int outputIndex = 0;
    int outputCount = 1;
    QDateTime savedAt;
    int creditsUsed = -1;
    int width = 0; // 0 when the image header could not be read
    int height = 0;

    // Results of one job belong together; a result without a job id stands alone.
    QString groupKey() const { return jobId.isEmpty() ? imagePath : jobId; }
    bool operator==(const LibraryEntry &other) const = default;
};

// The results of one library folder. Opening reads the SQLite index in one query, so a library
// of thousands shows at once; refresh() then syncs the index with the sidecars off the UI
// thread. Only the folder itself is read, not its subfolders: OutputStore never writes into
// subfolders, and a user's own sorting into subfolders should not pull those back in.
class LibraryIndex : public QObject
{
    Q_OBJECT
public:
    // databasePath empty: a file under QStandardPaths::CacheLocation keyed by the folder.
    explicit LibraryIndex(const QString &folder, const QString &databasePath = {},
                          QObject *parent = nullptr);
    ~LibraryIndex() override;

    const QString &folder() const { return m_folder; }
    const QString &databasePath() const { return m_databasePath; }
    // Switches to another folder (and its index); emits changed().
    void setFolder(const QString &folder, const QString &databasePath = {});
    static QString defaultDatabasePath(const QString &folder);

    // Newest job first, a job's results together in output order.
    const QList<LibraryEntry> &entries() const { return m_entries; }
    QStringList models() const; // distinct, sorted

    // Indexes files just saved (the image paths; their sidecars are <image>.json). Reads those
    // few small sidecars at once, on the calling thread.
    void addSaved(const QStringList &imagePaths);
    // Forgets one result (the index only; files are the caller's business).
    bool remove(const QString &imagePath);
    // Several at once, one changed(); returns how many were indexed.
    int remove(const QStringList &imagePaths);
    // Syncs with the folder off the UI thread; emits changed() when something differs and
    // refreshFinished() always. A call while a scan runs schedules one more scan.
    void refresh();
    bool isRefreshing() const { return m_watcher != nullptr; }

    // Sidecars that are not valid JSON or not Fitting Room's, as of the last sync.
    int skippedCount() const { return m_skipped; }
    // Sidecars parsed by this instance so far: what a warm index saves.
    int parsedCount() const { return m_parsed; }

    static QJsonObject readSidecar(const QString &sidecarPath);
    // Indexable fields of a sidecar object; ok false when it is not one of ours.
    static bool entryFromSidecar(const QJsonObject &json, LibraryEntry *entry);

    // What a folder scan finds; public only so the worker function can fill it.
    struct Record
    {
        QString sidecarName;
        bool valid = false;
        qint64 mtime = 0;
        qint64 size = 0;
        LibraryEntry entry;
    };
    struct ScanResult
    {
        int generation = 0;
        QList<Record> upserts;
        QStringList removed; // sidecar names
        int parsed = 0;
    };

signals:
    void changed();
    void refreshFinished();

private:
    void open();
    void close();
    void loadAll();
    void apply(const ScanResult &result);
    bool writeRecords(const QList<Record> &records, const QStringList &removed);
    void rebuildEntries();
    QHash<QString, QPair<qint64, qint64>> knownStats() const;

    QString m_folder;
    QString m_databasePath;
    QString m_connection;
    QHash<QString, Record> m_records; // by sidecar file name, valid or not
    QList<LibraryEntry> m_entries;
    QFutureWatcher<ScanResult> *m_watcher = nullptr;
    int m_generation = 0;
    bool m_refreshAgain = false;
    int m_skipped = 0;
    int m_parsed = 0;
};

} // namespace fr
