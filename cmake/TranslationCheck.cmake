# Run by the translations_complete test: German and French must translate every user-facing
# string of the sources. A copy of each .ts file is refreshed from the sources with lupdate, so a
# string added to the code without a translation counts as missing, and one the .ts file has but
# leaves unfinished counts too. English is the source language: its file only carries plural forms.
# Usage: cmake -DLUPDATE=<exe> -DSOURCE_DIR=<repo> -DWORK_DIR=<dir> -P TranslationCheck.cmake
file(GLOB_RECURSE sources LIST_DIRECTORIES false
     "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.h" "${SOURCE_DIR}/ui/*.ui")
list(APPEND sources "${SOURCE_DIR}/translations/catalog-strings.cpp")
list(JOIN sources "\n" listing)
file(MAKE_DIRECTORY "${WORK_DIR}")
file(WRITE "${WORK_DIR}/sources.lst" "${listing}\n")

set(problems "")
foreach(lang de fr)
  set(copy "${WORK_DIR}/fittingroom_${lang}.ts")
  configure_file("${SOURCE_DIR}/translations/fittingroom_${lang}.ts" "${copy}" COPYONLY)
  execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete "@${WORK_DIR}/sources.lst" -ts "${copy}"
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "translations_complete: lupdate failed for ${lang}:\n${out}${err}")
  endif()
  file(READ "${copy}" ts)
  # Semicolons separate CMake list items: keep them out of the texts while matching.
  string(REPLACE ";" "<semicolon>" ts "${ts}")
  string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*(<oldsource>[^<]*</oldsource>[ \n\r\t]*)?(<comment>[^<]*</comment>[ \n\r\t]*)?(<extracomment>[^<]*</extracomment>[ \n\r\t]*)?<translation type=\"unfinished\"" unfinished "${ts}")
  list(LENGTH unfinished count)
  if(count GREATER 0)
    set(examples "")
    set(n 0)
    foreach(entry IN LISTS unfinished)
      if(n LESS 8)
        string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" text "${entry}")
        string(REPLACE "<semicolon>" ";" text "${text}")
        string(REPLACE "&amp;" "&" text "${text}")
        string(APPEND examples "\n    ${text}")
      endif()
      math(EXPR n "${n} + 1")
    endforeach()
    string(APPEND problems "\n  fittingroom_${lang}.ts: ${count} strings missing or unfinished, e.g.:${examples}")
  endif()
endforeach()

if(problems)
  message(FATAL_ERROR "translations_complete: translations are incomplete:${problems}\n"
                      "Refresh with `cmake --build build --target update_translations`, then translate "
                      "the unfinished entries (Qt Linguist: /usr/lib/qt6/bin/linguist).")
endif()
message(STATUS "translations_complete: German and French translate every string")
