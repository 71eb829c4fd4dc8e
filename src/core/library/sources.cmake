target_sources(fittingroom_core PRIVATE
  library/OutputStore.h library/OutputStore.cpp
  library/LibraryIndex.h library/LibraryIndex.cpp)
