fr_add_widget_test(tst_mainwindow SOURCES main/tst_mainwindow.cpp LIBS fittingroom_sandbox TIMEOUT 600)
