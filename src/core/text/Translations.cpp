#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace fr::text {

QString installTranslations(const QString &language)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return {};
    auto *english = new QTranslator(app);
    if (english->load(QStringLiteral(":/i18n/fittingroom_en")))
        QCoreApplication::installTranslator(english);
    else
        delete english;
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return {};
    // Qt's own strings (standard buttons, file dialogs), where Debian's qt6-translations-l10n
    // installed them.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *local = new QTranslator(app);
    if (!local->load(locale, QStringLiteral("fittingroom"), QStringLiteral("_"),
                     QStringLiteral(":/i18n"))) {
        delete local;
        return {};
    }
    QCoreApplication::installTranslator(local);
    return QLocale::languageToCode(locale.language());
}

} // namespace fr::text
