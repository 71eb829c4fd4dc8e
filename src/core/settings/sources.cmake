target_sources(fittingroom_core PRIVATE
  settings/Settings.h settings/Settings.cpp
  settings/SecretStore.h settings/SecretStore.cpp)
