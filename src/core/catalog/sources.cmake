target_sources(fittingroom_core PRIVATE
  catalog/ParamSpec.h
  catalog/ModelSpec.h catalog/ModelSpec.cpp
  catalog/ModelCatalog.h catalog/ModelCatalog.cpp
  catalog/Validation.h catalog/Validation.cpp
  catalog/Pricing.h catalog/Pricing.cpp
  catalog/RequestBuilder.h catalog/RequestBuilder.cpp
  catalog/OutputGeometry.h catalog/OutputGeometry.cpp)
