target_sources(fittingroom_widgets PRIVATE
  compare/CompareLabels.cpp compare/CompareLabels.h)
