target_sources(fittingroom_widgets PRIVATE
  main/MainWindow.cpp main/MainWindow.h
  main/Notifier.cpp main/Notifier.h
  ${PROJECT_SOURCE_DIR}/ui/MainWindow.ui)
