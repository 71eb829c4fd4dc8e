# Times prepareImageFile on a 24-megapixel JPEG against ImageMagick's convert. Run by hand:
# tests/bench/run_prepare_bench.sh <build dir>
add_executable(bench_prepare bench_prepare.cpp)
fr_set_warnings(bench_prepare)
target_link_libraries(bench_prepare PRIVATE fittingroom_core)
