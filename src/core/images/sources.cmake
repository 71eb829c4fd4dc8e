# files of src/core/images
target_sources(fittingroom_core PRIVATE
  images/DecodeBudget.h images/DecodeBudget.cpp
  images/ImagePreparer.h images/ImagePreparer.cpp
  images/ImageStructure.h images/ImageStructure.cpp
  images/ThumbnailCache.h images/ThumbnailCache.cpp
  images/WorkerPool.h images/WorkerPool.cpp)
