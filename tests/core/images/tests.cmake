fr_add_test(tst_imagepreparer SOURCES images/tst_imagepreparer.cpp)
