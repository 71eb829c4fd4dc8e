# Run by the format_check test: every C++ file under src/, app/ and tests/ must be formatted
# with the repository's .clang-format. Lists each file that differs, and how to fix it.
# Usage: cmake -DCLANG_FORMAT=<exe> -DSOURCE_DIR=<repo> -P FormatCheck.cmake
if(NOT CLANG_FORMAT)
  message(FATAL_ERROR "format_check: clang-format was not found when configuring; "
                      "packaging/install-deps.sh installs it.")
endif()

file(GLOB_RECURSE files LIST_DIRECTORIES false RELATIVE "${SOURCE_DIR}"
     "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.h"
     "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
     "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
list(SORT files)

set(differing "")
foreach(file IN LISTS files)
  execute_process(
    COMMAND "${CLANG_FORMAT}" --dry-run --Werror --style=file "${file}"
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
  if(NOT result EQUAL 0)
    list(APPEND differing "${file}")
  endif()
endforeach()

list(LENGTH files checked)
if(differing)
  list(LENGTH differing count)
  list(JOIN differing "\n  " listing)
  message(FATAL_ERROR "format_check: ${count} of ${checked} files differ from .clang-format:\n"
                      "  ${listing}\nFix with: clang-format -i <file>")
endif()
message(STATUS "format_check: ${checked} files formatted")
