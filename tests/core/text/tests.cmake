fr_add_test(tst_wording SOURCES text/tst_wording.cpp)
