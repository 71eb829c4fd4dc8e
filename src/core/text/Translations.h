#pragma once

#include <QString>

namespace fr::text {

// Installs the app's translations (compiled into the core under :/i18n) on the application:
// English first, for its plural forms, then the chosen language on top ("" = the system's;
// see Settings::language()), which falls through to English where unfinished. The translators
// live as long as the application. Returns the language installed on top of English, or "".
QString installTranslations(const QString &language = QString());

} // namespace fr::text
