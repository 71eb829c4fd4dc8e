target_sources(fittingroom_widgets PRIVATE
  compare/CompareLabels.cpp compare/CompareLabels.h
  compare/ComparePanel.cpp compare/ComparePanel.h
  compare/WipeView.cpp compare/WipeView.h)
