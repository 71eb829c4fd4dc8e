fr_add_test(tst_settings SOURCES settings/tst_settings.cpp)
fr_add_test(tst_secretstore SOURCES settings/tst_secretstore.cpp)
