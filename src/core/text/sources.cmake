target_sources(fittingroom_core PRIVATE text/Wording.h text/Wording.cpp text/Translations.h text/Translations.cpp)
