#pragma once

#include "core/catalog/ModelSpec.h"
#include "core/catalog/Validation.h"
#include "core/images/ImagePreparer.h"

#include <QCoreApplication>
#include <QString>

namespace fr {

// The composer's wording of what core reports as codes: core's English messages are for logs
// and the command line; the studio says it in its own translatable sentences.
class ComposerText
{
    Q_DECLARE_TR_FUNCTIONS(fr::ComposerText)

public:
    // The catalog label of a parameter, or its name when the catalog gives none.
    static QString label(const ModelSpec &spec, const QString &param);
    static QString label(const ParamSpec &param);
    // A label used inside a sentence ("Keep this seed"): lower-cased, except in languages
    // whose nouns keep their capital (the translation of the switch says so).
    static QString inSentence(const QString &label);
    // "Product to Model (preview)"; stable models show just their title.
    static QString modelTitle(const ModelSpec &spec);
    // A sentence about the field, shown beside it (the field's label is already next to it).
    static QString issue(const ModelSpec &spec, const ValidationIssue &issue);
    // The pre-flight refusal of an image file.
    static QString imageProblem(ImageProblem problem, const QString &fileName);
    // "6000×4000", "8.2 MB".
    static QString pixels(const QSize &size);
    static QString bytes(qint64 bytes);
};

} // namespace fr
