fr_add_test(tst_jobjournal SOURCES jobs/tst_jobjournal.cpp)
fr_add_test(tst_batchfile SOURCES jobs/tst_batchfile.cpp)
fr_add_test(tst_durationhistory SOURCES jobs/tst_durationhistory.cpp)
