fr_add_test(tst_outputstore SOURCES library/tst_outputstore.cpp)
