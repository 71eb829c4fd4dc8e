fr_add_widget_test(tst_imageslot SOURCES composer/tst_imageslot.cpp)
#fr_add_widget_test(tst_parameterform SOURCES composer/tst_parameterform.cpp)
#fr_add_widget_test(tst_costbar SOURCES composer/tst_costbar.cpp)
fr_add_widget_test(tst_composerpanel SOURCES composer/tst_composerpanel.cpp)
