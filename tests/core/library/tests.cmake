fr_add_test(tst_outputstore SOURCES library/tst_outputstore.cpp)
fr_add_test(tst_libraryindex SOURCES library/tst_libraryindex.cpp)
