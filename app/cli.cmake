qt_add_executable(fittingroom-cli fittingroom-cli.cpp)
fr_set_warnings(fittingroom-cli)
target_link_libraries(fittingroom-cli PRIVATE fittingroom_cli)
target_compile_definitions(fittingroom-cli PRIVATE FR_VERSION="${PROJECT_VERSION}")
set_target_properties(fittingroom-cli PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin)
qt_add_translations(fittingroom-cli
  TS_FILES ${PROJECT_SOURCE_DIR}/translations/fittingroom_de.ts ${PROJECT_SOURCE_DIR}/translations/fittingroom_en.ts
  SOURCES ${PROJECT_SOURCE_DIR}/src/cli/CliApp.cpp ${PROJECT_SOURCE_DIR}/src/cli/CliRun.cpp
  RESOURCE_PREFIX /i18n)
install(TARGETS fittingroom-cli RUNTIME DESTINATION bin)
