target_sources(fittingroom_widgets PRIVATE
  jobs/JobDelegate.cpp jobs/JobDelegate.h
  jobs/JobsModel.cpp jobs/JobsModel.h
  jobs/JobsPanel.cpp jobs/JobsPanel.h)
