# fittingroom-sandbox: the local FASHN API emulator as a standalone server.
add_executable(fittingroom-sandbox ${CMAKE_CURRENT_LIST_DIR}/fittingroom-sandbox.cpp)
fr_set_warnings(fittingroom-sandbox)
target_link_libraries(fittingroom-sandbox PRIVATE fittingroom_sandbox)
