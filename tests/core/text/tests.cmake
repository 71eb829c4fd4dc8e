fr_add_test(tst_wording SOURCES text/tst_wording.cpp)
fr_add_test(tst_translations SOURCES text/tst_translations.cpp)
