#pragma once

#include "core/catalog/Validation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace fr {

class ModelCatalog;

enum class BatchFormat { Auto, JsonLines, Csv };

// What can be wrong with a batch file. Worded by fr::text::batchProblem().
enum class BatchProblemKind {
    Unreadable,        // detail: the system's reason
    TooLarge,          // count: the file's size in bytes, limit: the cap
    TooManyJobs,       // count: jobs after expansion (at least), limit: the cap
    NoJobs,            // the file holds no job at all
    BadJson,           // detail: the JSON parser's reason
    NotAJob,           // a JSON line that is not an object
    UnknownKey,        // detail: a top-level key other than "model" and "params"
    ParamsNotAnObject, // "params" is not an object
    MissingModel,      // no model on this line (or no "model" column in the CSV header)
    UnknownModel,      // detail: the model's name
    DuplicateColumn,   // param: a CSV column named twice
    UnnamedColumn,     // count: the 1-based column without a name
    ExtraFields,       // count: fields on the row, limit: columns in the header
    UnclosedQuote,     // a CSV quoted field runs to the end of the file
    TextAfterQuote,    // a CSV field goes on after its closing quote
    EmptyList,         // param: a list value without values
    MissingFile,       // param, detail: the image file that does not exist or cannot be read
    Invalid,           // issue: what the catalog's validate() found
};

struct BatchProblem
{
    BatchProblemKind kind = BatchProblemKind::Invalid;
    int line = 0;       // 1-based line of FILE where the job starts; 0: the whole file
    QJsonObject matrix; // the list values of the one expanded job concerned; empty: every job
    QString param;
    QString detail;
    qint64 count = 0;
    qint64 limit = 0;
    ValidationIssue issue;

    bool operator==(const BatchProblem &) const = default;
};

struct BatchJob
{
    int line = 0; // where the job's line starts in FILE
    QString model;
    QJsonObject values; // typed, image paths absolute; ready for JobRunner::submit()
    QJsonObject matrix; // the list values that made this job; empty for a line without lists
};

struct BatchLimits
{
    qint64 maxFileBytes = 4 * 1024 * 1024;
    int maxJobs = 1000;
};

// A batch of jobs read from a file, every job validated with the catalog before any is sent.
//
// JSON Lines: one {"model": NAME, "params": {...}} object per line; blank lines and lines starting
// with # are skipped. CSV (RFC 4180): a header row of parameter names plus a "model" column; each
// cell is typed by the catalog's kind of its parameter, an empty cell leaves the parameter unset.
// A list value (a JSON array; in CSV a cell holding one, e.g. [1, 2, 3]) expands into one job
// per value, several lists into their cartesian product. Expansion order is stable: the lists
// are taken in the catalog's parameter order and the last one varies fastest, like nested loops
// (product_image [a, b] x seed [1, 2] gives a1, a2, b1, b2); lines keep the file's order.
// Relative image paths resolve against the file's folder; URLs, data URIs and saved:NAME stay.
struct BatchFile
{
    QList<BatchJob> jobs;         // empty when there is any problem: a batch runs whole or not
    QList<BatchProblem> problems; // every problem at once, in file order

    bool isValid() const { return problems.isEmpty(); }

    static BatchFile read(const QString &path, const ModelCatalog &catalog,
                          const BatchLimits &limits = {});
    // format Auto: JSON Lines when the first thing in data is '{', CSV otherwise.
    static BatchFile parse(const QByteArray &data, BatchFormat format, const QString &baseDir,
                           const ModelCatalog &catalog, const BatchLimits &limits = {});
    static BatchFormat formatFor(const QString &path, const QByteArray &data);
};

} // namespace fr
