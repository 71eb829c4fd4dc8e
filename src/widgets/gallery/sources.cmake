target_sources(fittingroom_widgets PRIVATE
  gallery/GalleryModel.cpp gallery/GalleryModel.h
  gallery/GalleryFilterModel.cpp gallery/GalleryFilterModel.h
  gallery/GalleryDelegate.cpp gallery/GalleryDelegate.h
  gallery/ProvenanceDialog.cpp gallery/ProvenanceDialog.h
  gallery/GalleryPanel.cpp gallery/GalleryPanel.h)
