fr_add_test(tst_jobjournal SOURCES jobs/tst_jobjournal.cpp)
