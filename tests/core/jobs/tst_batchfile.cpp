#include "core/catalog/ModelCatalog.h"
#include "core/jobs/BatchFile.h"
#include "core/text/Wording.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace fr;

namespace {

QString kindName(BatchProblemKind kind)
{
    switch (kind) {
    case BatchProblemKind::Unreadable:
        return "unreadable";
    case BatchProblemKind::TooLarge:
        return "too_large";
    case BatchProblemKind::TooManyJobs:
        return "too_many_jobs";
    case BatchProblemKind::NoJobs:
        return "no_jobs";
    case BatchProblemKind::BadJson:
        return "bad_json";
    case BatchProblemKind::NotAJob:
        return "not_a_job";
    case BatchProblemKind::UnknownKey:
        return "unknown_key";
    case BatchProblemKind::ParamsNotAnObject:
        return "params_not_an_object";
    case BatchProblemKind::MissingModel:
        return "missing_model";
    case BatchProblemKind::UnknownModel:
        return "unknown_model";
    case BatchProblemKind::DuplicateColumn:
        return "duplicate_column";
    case BatchProblemKind::UnnamedColumn:
        return "unnamed_column";
    case BatchProblemKind::ExtraFields:
        return "extra_fields";
    case BatchProblemKind::UnclosedQuote:
        return "unclosed_quote";
    case BatchProblemKind::TextAfterQuote:
        return "text_after_quote";
    case BatchProblemKind::EmptyList:
        return "empty_list";
    case BatchProblemKind::MissingFile:
        return "missing_file";
    case BatchProblemKind::Invalid:
        return "invalid";
    }
    return {};
}

// "L3 invalid:range seed [seed=-5]": one problem, compact enough for a table.
QString summary(const BatchProblem &p)
{
    QString s = QStringLiteral("L%1 %2").arg(p.line).arg(kindName(p.kind));
    if (p.kind == BatchProblemKind::Invalid)
        s += ':' + p.issue.rule;
    if (!p.param.isEmpty())
        s += ' ' + p.param;
    if (!p.matrix.isEmpty())
        s += " [" + text::matrixValues(p.matrix) + ']';
    return s;
}

QStringList summaries(const BatchFile &batch)
{
    QStringList out;
    for (const BatchProblem &p : batch.problems)
        out << summary(p);
    return out;
}

} // namespace

class tst_BatchFile : public QObject
{
    Q_OBJECT
    ModelCatalog m_catalog = ModelCatalog::bundled();
    QTemporaryDir m_dir;

    BatchFile parse(const QByteArray &data, BatchFormat format, const BatchLimits &limits = {})
    {
        return BatchFile::parse(data, format, m_dir.path(), m_catalog, limits);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath("sub"));
        for (const char *name : {"a.jpg", "b.jpg", "m.jpg", "sub/c.jpg"}) {
            QFile f(m_dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("only its existence is checked here");
        }
    }

    void matrixSizes_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("jobs");
        QTest::newRow("single")
            << QByteArray(R"({"model": "product-to-model", "params": {"product_image": "a.jpg"}})")
            << 1;
        QTest::newRow("one list")
            << QByteArray(
                   R"({"model": "product-to-model", "params": {"product_image": "a.jpg", "seed": [1, 2, 3]}})")
            << 3;
        QTest::newRow("2x3")
            << QByteArray(
                   R"({"model": "product-to-model", "params": {"product_image": ["a.jpg", "b.jpg"], "seed": [1, 2, 3]}})")
            << 6;
        QTest::newRow("2x2x2")
            << QByteArray(
                   R"({"model": "product-to-model", "params": {"product_image": ["a.jpg", "b.jpg"], "seed": [1, 2], "resolution": ["1k", "2k"]}})")
            << 8;
        QTest::newRow("lines add up")
            << QByteArray(
                   "{\"model\": \"product-to-model\", \"params\": {\"product_image\": \"a.jpg\", "
                   "\"seed\": [1, 2]}}\n\n# a comment\n"
                   "{\"model\": \"tryon-v1.6\", \"params\": {\"model_image\": \"saved:demo\", "
                   "\"garment_image\": [\"a.jpg\", \"b.jpg\", \"sub/c.jpg\"]}}\n")
            << 5;
    }

    void matrixSizes()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, jobs);
        const BatchFile batch = parse(data, BatchFormat::JsonLines);
        QVERIFY2(batch.isValid(), qPrintable(summaries(batch).join('\n')));
        QCOMPARE(batch.jobs.size(), jobs);
    }

    // Catalog order of the lists, the last one fastest; the matrix names each job's values.
    void matrixOrderIsStable()
    {
        const BatchFile batch = parse(
            R"({"model": "product-to-model", "params": {"seed": [1, 2, 3], "product_image": ["b.jpg", "a.jpg"]}})",
            BatchFormat::JsonLines);
        QVERIFY(batch.isValid());
        QStringList order;
        for (const BatchJob &job : batch.jobs) {
            QCOMPARE(job.line, 1);
            order << text::matrixValues(job.matrix);
        }
        QCOMPARE(order,
                 QStringList({"product_image=b.jpg, seed=1", "product_image=b.jpg, seed=2",
                              "product_image=b.jpg, seed=3", "product_image=a.jpg, seed=1",
                              "product_image=a.jpg, seed=2", "product_image=a.jpg, seed=3"}));
        QCOMPARE(batch.jobs.at(4).values.value("seed").toInt(), 2);
        QCOMPARE(batch.jobs.at(4).values.value("product_image").toString(),
                 m_dir.filePath("a.jpg"));
    }

    void relativePaths()
    {
        const BatchFile batch =
            parse("{\"model\": \"product-to-model\", \"params\": {\"product_image\": "
                  "\"sub/../sub/c.jpg\", "
                  "\"model_image\": \"" +
                      m_dir.filePath("m.jpg").toUtf8() +
                      "\"}}\n"
                      "{\"model\": \"product-to-model\", \"params\": {\"product_image\": "
                      "\"https://example.com/a.jpg\", \"prompt\": \"sub/a.jpg\"}}\n"
                      "{\"model\": \"tryon-v1.6\", \"params\": {\"model_image\": \"saved:demo\", "
                      "\"garment_image\": \"./a.jpg\"}}\n",
                  BatchFormat::JsonLines);
        QVERIFY2(batch.isValid(), qPrintable(summaries(batch).join('\n')));
        QCOMPARE(batch.jobs.size(), 3);
        QCOMPARE(batch.jobs[0].values["product_image"].toString(), m_dir.filePath("sub/c.jpg"));
        QCOMPARE(batch.jobs[0].values["model_image"].toString(), m_dir.filePath("m.jpg"));
        QCOMPARE(batch.jobs[1].values["product_image"].toString(),
                 QString("https://example.com/a.jpg"));
        QCOMPARE(batch.jobs[1].values["prompt"].toString(), QString("sub/a.jpg")); // not an image
        QCOMPARE(batch.jobs[2].values["model_image"].toString(), QString("saved:demo"));
        QCOMPARE(batch.jobs[2].values["garment_image"].toString(), m_dir.filePath("a.jpg"));
    }

    void csvQuotesAndTypes()
    {
        const QByteArray csv = "model,product_image,prompt,seed,return_base64\r\n"
                               "product-to-model,a.jpg,\"studio, white \"\"seamless\"\"\",7,yes\r\n"
                               "product-to-model,b.jpg,\"two\nlines\",\"[1, 2]\",\r\n"
                               "\r\n"
                               "tryon-v1.6,,,,\r\n";
        const BatchFile batch = parse(csv, BatchFormat::Csv);
        // The try-on row misses both images: line 6, counting the two lines of the quoted prompt.
        QCOMPARE(summaries(batch), QStringList({"L6 invalid:required model_image",
                                                "L6 invalid:required garment_image"}));
        const BatchFile good = parse(csv.left(csv.indexOf("\r\n\r\n") + 2), BatchFormat::Csv);
        QVERIFY2(good.isValid(), qPrintable(summaries(good).join('\n')));
        QCOMPARE(good.jobs.size(), 3);
        const QJsonObject first = good.jobs[0].values;
        QCOMPARE(first["prompt"].toString(), QString("studio, white \"seamless\""));
        QCOMPARE(first["seed"], QJsonValue(7));
        QCOMPARE(first["return_base64"], QJsonValue(true));
        QCOMPARE(first["product_image"].toString(), m_dir.filePath("a.jpg"));
        QCOMPARE(good.jobs[1].values["prompt"].toString(), QString("two\nlines"));
        QCOMPARE(good.jobs[2].values["seed"], QJsonValue(2));
        QVERIFY(!good.jobs[1].values.contains("return_base64")); // empty cell: unset
        QCOMPARE(good.jobs[2].line, 3);
    }

    void problems_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("expected");
        const int jsonl = int(BatchFormat::JsonLines);
        const int csv = int(BatchFormat::Csv);
        const QByteArray ok =
            R"({"model": "product-to-model", "params": {"product_image": "a.jpg"}})";

        QTest::newRow("bad json") << jsonl << ok + "\n{\"model\": \n" + ok
                                  << QStringList{"L2 bad_json"};
        QTest::newRow("not an object") << jsonl << "[1]\n" + ok << QStringList{"L1 not_a_job"};
        QTest::newRow("unknown key, params")
            << jsonl << QByteArray(R"({"model": "product-to-model", "parms": {}})")
            << QStringList{"L1 unknown_key"};
        QTest::newRow("params not object")
            << jsonl << QByteArray(R"({"model": "product-to-model", "params": [1]})")
            << QStringList{"L1 params_not_an_object"};
        QTest::newRow("missing model")
            << jsonl << QByteArray(R"({"params": {}})") << QStringList{"L1 missing_model"};
        QTest::newRow("unknown model")
            << jsonl << ok + "\n" + R"({"model": "tryon-v9", "params": {}})"
            << QStringList{"L2 unknown_model"};
        QTest::newRow("unknown param")
            << jsonl
            << QByteArray(
                   R"({"model": "product-to-model", "params": {"product_image": "a.jpg", "colour": "red"}})")
            << QStringList{"L1 invalid:unknown colour"};
        QTest::newRow("wrong type")
            << jsonl
            << QByteArray(
                   R"({"model": "product-to-model", "params": {"product_image": "a.jpg", "seed": "x"}})")
            << QStringList{"L1 invalid:type seed"};
        QTest::newRow("range in a matrix value")
            << jsonl
            << QByteArray(
                   R"({"model": "product-to-model", "params": {"product_image": ["a.jpg", "b.jpg"], "seed": [1, -5, 3]}})")
            << QStringList{"L1 invalid:range seed [seed=-5]"};
        QTest::newRow("required, once for all values")
            << jsonl
            << ok + "\n" + R"({"model": "product-to-model", "params": {"seed": [1, 2, 3]}})"
            << QStringList{"L2 invalid:required product_image"};
        QTest::newRow("empty list")
            << jsonl
            << QByteArray(
                   R"({"model": "product-to-model", "params": {"product_image": "a.jpg", "seed": []}})")
            << QStringList{"L1 empty_list seed"};
        QTest::newRow("missing file in a list")
            << jsonl
            << QByteArray(
                   R"({"model": "product-to-model", "params": {"product_image": ["a.jpg", "gone.jpg"]}})")
            << QStringList{"L1 missing_file product_image [product_image=gone.jpg]"};
        QTest::newRow("every problem at once")
            << jsonl
            << ok + "\nnope\n" + R"({"model": "x"})" + "\n" +
                   R"({"model": "product-to-model", "params": {"product_image": "a.jpg", "resolution": "8k", "num_images": 9}})"
            << QStringList{"L2 bad_json", "L3 unknown_model", "L4 invalid:enum resolution",
                           "L4 invalid:range num_images"};
        QTest::newRow("no jobs") << jsonl << QByteArray("\n# nothing\n")
                                 << QStringList{"L0 no_jobs"};

        QTest::newRow("csv duplicate column")
            << csv << QByteArray("model,product_image,seed,seed\nproduct-to-model,a.jpg,1,2\n")
            << QStringList{"L1 duplicate_column seed"};
        QTest::newRow("csv no model column")
            << csv << QByteArray("product_image\na.jpg\n") << QStringList{"L1 missing_model"};
        QTest::newRow("csv unnamed column")
            << csv << QByteArray("model,,product_image\nproduct-to-model,,a.jpg\n")
            << QStringList{"L1 unnamed_column"};
        QTest::newRow("csv wrong type and unknown")
            << csv
            << QByteArray("model,product_image,seed,colour\n"
                          "product-to-model,a.jpg,1,\n"
                          "product-to-model,a.jpg,abc,red\n")
            << QStringList{"L3 invalid:unknown colour", "L3 invalid:type seed"};
        QTest::newRow("csv extra fields")
            << csv << QByteArray("model,product_image\nproduct-to-model,a.jpg,x\n")
            << QStringList{"L2 extra_fields"};
        QTest::newRow("csv unclosed quote")
            << csv << QByteArray("model,prompt\nproduct-to-model,\"open\n")
            << QStringList{"L2 unclosed_quote"};
        QTest::newRow("csv text after quote")
            << csv << QByteArray("model,product_image,prompt\nproduct-to-model,a.jpg,\"a\"b\n")
            << QStringList{"L2 text_after_quote"};
        QTest::newRow("csv missing model on a row")
            << csv << QByteArray("model,product_image\n,a.jpg\n")
            << QStringList{"L2 missing_model"};
    }

    void problems()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, data);
        QFETCH(QStringList, expected);
        const BatchFile batch = parse(data, BatchFormat(format));
        QCOMPARE(summaries(batch), expected);
        QVERIFY(batch.jobs.isEmpty()); // a batch runs whole or not at all
        for (const BatchProblem &p : batch.problems)
            QVERIFY(!text::batchProblem(p).isEmpty());
    }

    void wordingNamesLineAndValue()
    {
        const BatchFile batch = parse(
            "\n"
            R"({"model": "product-to-model", "params": {"product_image": "a.jpg", "seed": [1, -5]}})",
            BatchFormat::JsonLines);
        QCOMPARE(batch.problems.size(), 1);
        QCOMPARE(text::batchProblem(batch.problems.first()),
                 QString("Line 2 (seed=-5): seed must be between 0 and 4294967295."));
    }

    void caps()
    {
        const QByteArray line =
            R"({"model": "product-to-model", "params": {"product_image": "a.jpg", "seed": [1, 2, 3, 4, 5, 6]}})";
        BatchLimits limits;
        limits.maxJobs = 10;
        const BatchFile two = parse(line + "\n" + line, BatchFormat::JsonLines, limits);
        QCOMPARE(summaries(two), QStringList{"L0 too_many_jobs"});
        QCOMPARE(two.problems.first().count, 12);
        QCOMPARE(two.problems.first().limit, 10);
        QVERIFY(text::batchProblem(two.problems.first()).contains("12"));
        QVERIFY(parse(line, BatchFormat::JsonLines, limits).isValid());

        // A matrix far too large is refused before it is built.
        QByteArray huge = R"({"model": "product-to-model", "params": {"product_image": "a.jpg")";
        for (const char *p : {"seed", "num_images", "prompt", "resolution"}) {
            huge += QByteArray(", \"") + p + "\": [";
            for (int i = 0; i < 400; ++i)
                huge += (i ? ",\"" : "\"") + QByteArray::number(i) + '"';
            huge += ']';
        }
        huge += "}}";
        const BatchFile refused = parse(huge, BatchFormat::JsonLines);
        QCOMPARE(summaries(refused), QStringList{"L0 too_many_jobs"});

        limits.maxFileBytes = 50;
        QCOMPARE(summaries(parse(line, BatchFormat::JsonLines, limits)),
                 QStringList{"L0 too_large"});
        const QString path = m_dir.filePath("big.jsonl");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(line);
        f.close();
        QCOMPARE(summaries(BatchFile::read(path, m_catalog, limits)), QStringList{"L0 too_large"});
        QCOMPARE(summaries(BatchFile::read(m_dir.filePath("none.csv"), m_catalog)),
                 QStringList{"L0 unreadable"});
    }

    void readResolvesAgainstTheFilesFolder()
    {
        const QString path = m_dir.filePath("sub/batch.csv");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("model,product_image\nproduct-to-model,c.jpg\nproduct-to-model,../a.jpg\n");
        f.close();
        const BatchFile batch = BatchFile::read(path, m_catalog);
        QVERIFY2(batch.isValid(), qPrintable(summaries(batch).join('\n')));
        QCOMPARE(batch.jobs[0].values["product_image"].toString(), m_dir.filePath("sub/c.jpg"));
        QCOMPARE(batch.jobs[1].values["product_image"].toString(), m_dir.filePath("a.jpg"));
        QCOMPARE(BatchFile::formatFor("x.jsonl", "model"), BatchFormat::JsonLines);
        QCOMPARE(BatchFile::formatFor("x.txt", "  {\"model\""), BatchFormat::JsonLines);
        QCOMPARE(BatchFile::formatFor("x.txt", "model,seed"), BatchFormat::Csv);
    }
};

QTEST_GUILESS_MAIN(tst_BatchFile)
#include "tst_batchfile.moc"
