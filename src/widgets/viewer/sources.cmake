target_sources(fittingroom_widgets PRIVATE
  viewer/ImagePyramid.cpp viewer/ImagePyramid.h
  viewer/ProvenanceText.cpp viewer/ProvenanceText.h
  viewer/ViewTransform.cpp viewer/ViewTransform.h
  viewer/ViewerPanel.cpp viewer/ViewerPanel.h
  viewer/ZoomView.cpp viewer/ZoomView.h)
