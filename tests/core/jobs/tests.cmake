fr_add_test(tst_jobjournal SOURCES jobs/tst_jobjournal.cpp)
fr_add_test(tst_batchfile SOURCES jobs/tst_batchfile.cpp)
