fr_add_test(tst_imagepreparer SOURCES images/tst_imagepreparer.cpp)
fr_add_test(tst_thumbnailcache SOURCES images/tst_thumbnailcache.cpp)
