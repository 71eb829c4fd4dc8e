#include "CompareLabels.h"

#include "widgets/viewer/ProvenanceText.h"

#include <QCoreApplication>
#include <QHash>

namespace fr {

class CompareWords
{
    Q_DECLARE_TR_FUNCTIONS(CompareWords)
};

namespace {

// Identity of a field a result does not have; differs from every real value, even "".
const QString kAbsent = QStringLiteral("\x01absent");

} // namespace

QStringList compareLabels(const QList<QJsonObject> &sidecars, const QStringList &fileNames)
{
    QStringList labels(sidecars.size());
    QList<int> results;
    for (int i = 0; i < sidecars.size(); ++i) {
        if (!sidecars.at(i).isEmpty()) {
            results.append(i);
            continue;
        }
        const QString name = fileNames.value(i);
        labels[i] =
            name.isEmpty() ? CompareWords::tr("Input") : CompareWords::tr("Input · %1").arg(name);
    }
    if (results.size() == 1) {
        labels[results.first()] = provenanceSummary(sidecars.at(results.first()));
        return labels;
    }

    // Every result's fields by key, plus the union of keys in first-seen order, so the
    // labels list differences in the same order as captions do.
    QList<QHash<QString, ProvenanceField>> byKey;
    QStringList keys;
    for (int i : std::as_const(results)) {
        QHash<QString, ProvenanceField> fields;
        for (const ProvenanceField &field : provenanceFields(sidecars.at(i))) {
            fields.insert(field.key, field);
            if (!keys.contains(field.key))
                keys.append(field.key);
        }
        byKey.append(fields);
    }

    QStringList differing;
    for (const QString &key : std::as_const(keys)) {
        const auto identity = [&key](const QHash<QString, ProvenanceField> &fields) {
            return fields.contains(key) ? fields.value(key).identity : kAbsent;
        };
        const QString first = identity(byKey.first());
        const bool same = std::all_of(byKey.cbegin(), byKey.cend(), [&](const auto &fields) {
            return identity(fields) == first;
        });
        if (!same)
            differing.append(key);
    }

    for (int r = 0; r < results.size(); ++r) {
        QStringList parts;
        for (const QString &key : std::as_const(differing)) {
            ProvenanceField field = byKey.at(r).value(key, absentProvenanceField(key));
            // Same file name, different bytes: tell the panes apart by a short hash.
            if (key.startsWith(QLatin1String("input:"))) {
                const bool nameClash =
                    std::any_of(byKey.cbegin(), byKey.cend(), [&](const auto &o) {
                        return o.contains(key) && o.value(key).text == field.text &&
                               o.value(key).identity != field.identity;
                    });
                if (nameClash)
                    field.text += QStringLiteral(" #") + field.identity.left(6);
            }
            parts.append(field.text);
        }
        labels[results.at(r)] =
            parts.isEmpty() ? CompareWords::tr("Same settings") : parts.join(QStringLiteral(" · "));
    }
    return labels;
}

} // namespace fr
