fr_add_test(tst_settings SOURCES settings/tst_settings.cpp)
fr_add_test(tst_secretstore SOURCES settings/tst_secretstore.cpp)

# A real Secret Service, private to the test: see run_with_keyring.sh (77 = skipped).
add_executable(tst_keychainsecretstore settings/tst_keychainsecretstore.cpp)
fr_set_warnings(tst_keychainsecretstore)
target_link_libraries(tst_keychainsecretstore PRIVATE Qt6::Test fittingroom_core)
add_test(NAME tst_keychainsecretstore
  COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/settings/run_with_keyring.sh
          $<TARGET_FILE:tst_keychainsecretstore>)
set_tests_properties(tst_keychainsecretstore PROPERTIES TIMEOUT 120 SKIP_RETURN_CODE 77
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;FASHN_API_KEY=;FASHN_BASE_URL=")
