# The studio's main states rendered at 1440x900 (cmake --build build --target screenshots).
add_executable(studio_screenshots screenshots/studio_screenshots.cpp)
fr_set_warnings(studio_screenshots)
target_include_directories(studio_screenshots PRIVATE ${PROJECT_SOURCE_DIR}/tests)
target_link_libraries(studio_screenshots PRIVATE fittingroom_widgets fittingroom_sandbox Qt6::Test)
target_compile_definitions(studio_screenshots PRIVATE FR_SAMPLES_DIR="${PROJECT_SOURCE_DIR}/resources/samples")
add_custom_target(screenshots
  COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen $<TARGET_FILE:studio_screenshots> ${PROJECT_BINARY_DIR}/screenshots
  DEPENDS studio_screenshots
  COMMENT "Rendering the studio's main states into ${PROJECT_BINARY_DIR}/screenshots"
  VERBATIM)
