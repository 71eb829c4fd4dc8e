target_sources(fittingroom_widgets PRIVATE
  settings/SettingsDialog.cpp settings/SettingsDialog.h
  ${PROJECT_SOURCE_DIR}/ui/SettingsDialog.ui)
