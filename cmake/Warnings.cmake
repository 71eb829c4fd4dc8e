# Warnings for the project's own targets (not for Qt's generated code).
function(fr_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
endfunction()
