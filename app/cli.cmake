qt_add_executable(fittingroom-cli fittingroom-cli.cpp)
fr_set_warnings(fittingroom-cli)
target_link_libraries(fittingroom-cli PRIVATE fittingroom_cli)
target_compile_definitions(fittingroom-cli PRIVATE FR_VERSION="${PROJECT_VERSION}")
set_target_properties(fittingroom-cli PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin)
# The translations (:/i18n) come with fittingroom_core (src/core/CMakeLists.txt).
install(TARGETS fittingroom-cli RUNTIME DESTINATION bin)
