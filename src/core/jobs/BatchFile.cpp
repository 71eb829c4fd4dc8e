#include "BatchFile.h"

#include "core/catalog/ModelCatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <algorithm>

namespace fr {

namespace {

// One line of the file before the catalog has seen it: values may still hold lists.
struct RawJob
{
    int line = 0;
    QString model;
    QJsonObject params;
};

BatchProblem problem(BatchProblemKind kind, int line, const QString &param = {},
                     const QString &detail = {})
{
    BatchProblem p;
    p.kind = kind;
    p.line = line;
    p.param = param;
    p.detail = detail;
    return p;
}

// ---- JSON Lines ----

void parseJsonLines(const QString &text, QList<RawJob> *jobs, QList<BatchProblem> *problems)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            problems->append(problem(BatchProblemKind::BadJson, lineNo, {}, error.errorString()));
            continue;
        }
        if (!doc.isObject()) {
            problems->append(problem(BatchProblemKind::NotAJob, lineNo));
            continue;
        }
        const QJsonObject o = doc.object();
        bool ok = true;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != QLatin1String("model") && it.key() != QLatin1String("params")) {
                problems->append(problem(BatchProblemKind::UnknownKey, lineNo, {}, it.key()));
                ok = false;
            }
        }
        const QJsonValue params = o.value(QLatin1String("params"));
        if (!params.isUndefined() && !params.isObject()) {
            problems->append(problem(BatchProblemKind::ParamsNotAnObject, lineNo));
            ok = false;
        }
        const QString model = o.value(QLatin1String("model")).toString().trimmed();
        if (model.isEmpty()) {
            problems->append(problem(BatchProblemKind::MissingModel, lineNo));
            ok = false;
        }
        if (ok)
            jobs->append({lineNo, model, params.toObject()});
    }
}

// ---- CSV (RFC 4180) ----

struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// Quoted fields may hold commas, doubled quotes and line breaks; a record's line is where it
// starts, so a multi-line prompt does not shift the numbers of the rows after it.
QList<CsvRecord> splitCsv(const QString &text, QList<BatchProblem> *problems)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    bool inQuotes = false;
    bool afterQuote = false; // the current field was quoted and its quote closed
    bool recordStarted = false;
    bool reportedAfterQuote = false;
    auto endField = [&] {
        record.fields << field;
        field.clear();
        afterQuote = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        if (!blank)
            records << record;
        record = CsvRecord();
        recordStarted = false;
        reportedAfterQuote = false;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!recordStarted) {
            record.line = line;
            recordStarted = true;
        }
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !afterQuote) {
            field.clear();
            inQuotes = true;
        } else {
            if (afterQuote && !reportedAfterQuote && !c.isSpace()) {
                problems->append(problem(BatchProblemKind::TextAfterQuote, record.line));
                reportedAfterQuote = true;
            }
            if (!afterQuote)
                field += c;
        }
    }
    if (inQuotes)
        problems->append(problem(BatchProblemKind::UnclosedQuote, record.line));
    else if (recordStarted)
        endRecord();
    return records;
}

// A cell in the parameter's kind; text that does not fit stays text, so validate() names the
// kind it should have been.
QJsonValue typeCell(const ParamSpec *spec, const QString &cell)
{
    if (!spec)
        return cell;
    switch (spec->kind) {
    case ParamKind::Text:
        return cell;
    case ParamKind::Image:
    case ParamKind::Enum:
        return cell.trimmed();
    case ParamKind::Integer:
    case ParamKind::Boolean: {
        QString error;
        const QJsonValue v = parseParamText(*spec, cell, &error);
        return v.isUndefined() ? QJsonValue(cell.trimmed()) : v;
    }
    }
    return cell;
}

QJsonValue cellValue(const ParamSpec *spec, const QString &cell)
{
    const QString t = cell.trimmed();
    if (t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']'))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && doc.isArray()) {
            QJsonArray list;
            for (const QJsonValue &v : doc.array())
                list.append(v.isString() ? typeCell(spec, v.toString()) : v);
            return list;
        }
    }
    return typeCell(spec, cell);
}

void parseCsv(const QString &text, const ModelCatalog &catalog, QList<RawJob> *jobs,
              QList<BatchProblem> *problems)
{
    const QList<CsvRecord> records = splitCsv(text, problems);
    if (records.isEmpty())
        return;
    const CsvRecord &header = records.first();
    QStringList names;
    int modelColumn = -1;
    for (int c = 0; c < header.fields.size(); ++c) {
        const QString name = header.fields.at(c).trimmed();
        if (name.isEmpty()) {
            BatchProblem p = problem(BatchProblemKind::UnnamedColumn, header.line);
            p.count = c + 1;
            problems->append(p);
        } else if (names.contains(name)) {
            problems->append(problem(BatchProblemKind::DuplicateColumn, header.line, name));
            names << QString(); // the first column of that name is the one read
            continue;
        }
        if (name == QLatin1String("model") && modelColumn < 0)
            modelColumn = c;
        names << name;
    }
    if (modelColumn < 0) {
        problems->append(problem(BatchProblemKind::MissingModel, header.line, {}, {}));
        return;
    }
    for (int r = 1; r < records.size(); ++r) {
        const CsvRecord &row = records.at(r);
        if (row.fields.size() > names.size()) {
            const bool extraText =
                std::any_of(row.fields.begin() + names.size(), row.fields.end(),
                            [](const QString &f) { return !f.trimmed().isEmpty(); });
            if (extraText) {
                BatchProblem p = problem(BatchProblemKind::ExtraFields, row.line);
                p.count = row.fields.size();
                p.limit = names.size();
                problems->append(p);
                continue;
            }
        }
        const QString model = row.fields.value(modelColumn).trimmed();
        if (model.isEmpty()) {
            problems->append(problem(BatchProblemKind::MissingModel, row.line));
            continue;
        }
        const ModelSpec *spec = catalog.model(model);
        RawJob job{row.line, model, {}};
        for (int c = 0; c < names.size(); ++c) {
            const QString &name = names.at(c);
            const QString cell = row.fields.value(c);
            if (c == modelColumn || name.isEmpty() || cell.trimmed().isEmpty())
                continue;
            job.params.insert(name, cellValue(spec ? spec->input(name) : nullptr, cell));
        }
        jobs->append(job);
    }
}

// ---- from raw lines to jobs ----

QJsonValue resolveImage(const QJsonValue &value, const QDir &base)
{
    if (!value.isString() || classifyImageValue(value.toString()) != ImageValueForm::LocalFile)
        return value;
    QString path = value.toString().trimmed();
    if (path.startsWith(QLatin1String("file://"), Qt::CaseInsensitive))
        path = QUrl(path).toLocalFile();
    else if (path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    return QDir::cleanPath(base.absoluteFilePath(path));
}

void resolveImages(const ModelSpec &spec, QJsonObject *params, const QDir &base)
{
    for (const ParamSpec &p : spec.inputs()) {
        if (p.kind != ParamKind::Image || !params->contains(p.name))
            continue;
        QJsonValue v = params->value(p.name);
        if (v.isArray()) {
            QJsonArray list = v.toArray();
            for (qsizetype i = 0; i < list.size(); ++i)
                list[i] = resolveImage(list.at(i), base);
            v = list;
        } else {
            v = resolveImage(v, base);
        }
        params->insert(p.name, v);
    }
}

// The list parameters of a line, in the documented expansion order: the catalog's parameter
// order, then (for parameters the catalog does not know, reported anyway) by name.
QStringList axesOf(const ModelSpec &spec, const QJsonObject &params)
{
    QStringList axes;
    for (const ParamSpec &p : spec.inputs()) {
        if (params.value(p.name).isArray())
            axes << p.name;
    }
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (it.value().isArray() && !axes.contains(it.key()))
            axes << it.key();
    }
    return axes;
}

QList<BatchJob> expand(const RawJob &raw, const QStringList &axes)
{
    QList<BatchJob> jobs{{raw.line, raw.model, raw.params, {}}};
    for (const QString &axis : axes) {
        const QJsonArray values = raw.params.value(axis).toArray();
        QList<BatchJob> next;
        next.reserve(jobs.size() * values.size());
        for (const BatchJob &job : std::as_const(jobs)) {
            for (const QJsonValue &v : values) {
                BatchJob j = job;
                j.values.insert(axis, v);
                j.matrix.insert(axis, v);
                next << j;
            }
        }
        jobs = next;
    }
    return jobs;
}

// Every issue of every expanded job, once: an issue about a list parameter names its value; one
// that only some combinations have names the combination; one that all have names none.
void validateLine(const ModelSpec &spec, const QList<BatchJob> &jobs, const QStringList &axes,
                  QList<BatchProblem> *problems)
{
    struct Found
    {
        BatchProblem problem;
        int jobs = 0;
    };
    QList<Found> found;
    auto add = [&](BatchProblem p, const BatchJob &job) {
        if (axes.contains(p.param))
            p.matrix = QJsonObject{{p.param, job.matrix.value(p.param)}};
        else
            p.matrix = job.matrix;
        for (Found &f : found) {
            if (f.problem.kind == p.kind && f.problem.issue == p.issue &&
                f.problem.param == p.param && f.problem.detail == p.detail &&
                (f.problem.matrix == p.matrix || !axes.contains(p.param))) {
                if (f.problem.matrix != p.matrix)
                    ++f.jobs;
                return;
            }
        }
        found.append({p, 1});
    };
    QHash<QString, bool> readable;
    for (const BatchJob &job : jobs) {
        for (const ValidationIssue &issue :
             validate(spec, job.values, ImageSources::LocalFilesAllowed)) {
            BatchProblem p = problem(BatchProblemKind::Invalid, job.line, issue.param);
            p.issue = issue;
            add(p, job);
        }
        for (const ParamSpec &param : spec.inputs()) {
            const QJsonValue v = job.values.value(param.name);
            if (param.kind != ParamKind::Image || !v.isString() ||
                classifyImageValue(v.toString()) != ImageValueForm::LocalFile)
                continue;
            const QString path = v.toString();
            auto it = readable.find(path);
            if (it == readable.end()) {
                const QFileInfo info(path);
                it = readable.insert(path, info.isFile() && info.isReadable());
            }
            if (!it.value())
                add(problem(BatchProblemKind::MissingFile, job.line, param.name, path), job);
        }
    }
    for (Found &f : found) {
        // Not about one list value and found in every combination: the line itself is wrong.
        if (!axes.contains(f.problem.param) && f.jobs >= jobs.size())
            f.problem.matrix = QJsonObject();
        problems->append(f.problem);
    }
}

} // namespace

BatchFormat BatchFile::formatFor(const QString &path, const QByteArray &data)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return BatchFormat::Csv;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson") ||
        suffix == QLatin1String("json"))
        return BatchFormat::JsonLines;
    for (char c : data) {
        if (c == '\xEF' || c == '\xBB' || c == '\xBF' || QChar::isSpace(uchar(c)))
            continue;
        return c == '{' ? BatchFormat::JsonLines : BatchFormat::Csv;
    }
    return BatchFormat::Csv;
}

BatchFile BatchFile::read(const QString &path, const ModelCatalog &catalog,
                          const BatchLimits &limits)
{
    BatchFile batch;
    QFile file(path);
    const QFileInfo info(path);
    // Refused before reading, so a wrong file (a video, a disk image) costs nothing.
    if (info.isFile() && info.size() > limits.maxFileBytes) {
        BatchProblem p = problem(BatchProblemKind::TooLarge, 0);
        p.count = info.size();
        p.limit = limits.maxFileBytes;
        batch.problems << p;
        return batch;
    }
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        batch.problems << problem(BatchProblemKind::Unreadable, 0, {},
                                  info.exists() && !info.isFile() ? QStringLiteral("EISDIR")
                                                                  : file.errorString());
        return batch;
    }
    const QByteArray data = file.read(limits.maxFileBytes + 1);
    return parse(data, formatFor(path, data), info.absolutePath(), catalog, limits);
}

BatchFile BatchFile::parse(const QByteArray &data, BatchFormat format, const QString &baseDir,
                           const ModelCatalog &catalog, const BatchLimits &limits)
{
    BatchFile batch;
    if (data.size() > limits.maxFileBytes) {
        BatchProblem p = problem(BatchProblemKind::TooLarge, 0);
        p.count = data.size();
        p.limit = limits.maxFileBytes;
        batch.problems << p;
        return batch;
    }
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (format == BatchFormat::Auto)
        format = formatFor(QString(), data);

    QList<RawJob> raws;
    if (format == BatchFormat::Csv)
        parseCsv(text, catalog, &raws, &batch.problems);
    else
        parseJsonLines(text, &raws, &batch.problems);

    const QDir base(baseDir);
    struct Line
    {
        RawJob raw;
        const ModelSpec *spec;
        QStringList axes;
    };
    QList<Line> lines;
    qint64 total = 0;
    for (RawJob &raw : raws) {
        const ModelSpec *spec = catalog.model(raw.model);
        if (!spec) {
            batch.problems << problem(BatchProblemKind::UnknownModel, raw.line, {}, raw.model);
            continue;
        }
        resolveImages(*spec, &raw.params, base);
        const QStringList axes = axesOf(*spec, raw.params);
        qint64 count = 1;
        bool empty = false;
        for (const QString &axis : axes) {
            const qsizetype n = raw.params.value(axis).toArray().size();
            if (n == 0) {
                batch.problems << problem(BatchProblemKind::EmptyList, raw.line, axis);
                empty = true;
            }
            // Saturates well above any cap, so a line of many long lists cannot overflow.
            count = std::min<qint64>(count * std::max<qsizetype>(n, 1), qint64(1) << 40);
        }
        if (empty)
            continue;
        total = std::min<qint64>(total + count, qint64(1) << 40);
        lines.append({raw, spec, axes});
    }
    // Counted before anything is expanded: a 10^9-job matrix is refused without building it.
    if (total > limits.maxJobs) {
        BatchProblem p = problem(BatchProblemKind::TooManyJobs, 0);
        p.count = total;
        p.limit = limits.maxJobs;
        batch.problems.prepend(p);
    } else {
        for (const Line &line : std::as_const(lines)) {
            const QList<BatchJob> jobs = expand(line.raw, line.axes);
            validateLine(*line.spec, jobs, line.axes, &batch.problems);
            batch.jobs << jobs;
        }
        if (batch.jobs.isEmpty() && batch.problems.isEmpty())
            batch.problems << problem(BatchProblemKind::NoJobs, 0);
    }
    std::stable_sort(batch.problems.begin(), batch.problems.end(),
                     [](const BatchProblem &a, const BatchProblem &b) { return a.line < b.line; });
    if (!batch.problems.isEmpty())
        batch.jobs.clear();
    return batch;
}

} // namespace fr
