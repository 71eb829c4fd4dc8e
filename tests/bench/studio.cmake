# The studio's figures (issue 5): start to first paint, UI-thread stalls while big inputs and
# 4k results are handled, and a gallery of 2,000 results.
add_executable(bench_studio_start bench_studio_start.cpp)
fr_set_warnings(bench_studio_start)
target_link_libraries(bench_studio_start PRIVATE Qt6::Gui)
target_compile_definitions(bench_studio_start PRIVATE FR_STUDIO_PATH="$<TARGET_FILE:fittingroom>")
add_dependencies(bench_studio_start fittingroom)

add_executable(bench_ui_stall bench_ui_stall.cpp)
fr_set_warnings(bench_ui_stall)
target_include_directories(bench_ui_stall PRIVATE ${PROJECT_SOURCE_DIR}/tests)
target_link_libraries(bench_ui_stall PRIVATE fittingroom_widgets Qt6::Test)
target_compile_definitions(bench_ui_stall PRIVATE FR_SANDBOX_PATH="$<TARGET_FILE:fittingroom-sandbox>"
  FR_SAMPLES_DIR="${PROJECT_SOURCE_DIR}/resources/samples")
add_dependencies(bench_ui_stall fittingroom-sandbox)

add_executable(bench_gallery bench_gallery.cpp)
fr_set_warnings(bench_gallery)
target_link_libraries(bench_gallery PRIVATE fittingroom_widgets)
