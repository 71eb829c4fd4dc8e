# Times prepareImageFile on a 24-megapixel JPEG against ImageMagick's convert. Run by hand:
# tests/bench/run_prepare_bench.sh <build dir>
add_executable(bench_prepare bench_prepare.cpp)
fr_set_warnings(bench_prepare)
target_link_libraries(bench_prepare PRIVATE fittingroom_core)
# Peak memory of preparing four large inputs at once (goal < 1 GB). Run by hand.
add_executable(bench_prepare_memory bench_prepare_memory.cpp)
fr_set_warnings(bench_prepare_memory)
target_link_libraries(bench_prepare_memory PRIVATE fittingroom_core Qt6::Concurrent)
