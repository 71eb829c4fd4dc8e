# FR_BUILD_FUZZERS: libFuzzer targets in tests/fuzz. Every target of the tree (the core library
# included) is compiled with coverage instrumentation and ASan + UBSan, so a fuzzer sees the
# core's branches and any memory error or undefined behaviour aborts the run as a finding.
# UBSan does not recover: a report is a crash libFuzzer saves, not a line in a log.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "FR_BUILD_FUZZERS needs clang (libFuzzer), e.g. -DCMAKE_CXX_COMPILER=clang++-14")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
                    -fno-omit-frame-pointer)
add_link_options(-fsanitize=address,undefined)
