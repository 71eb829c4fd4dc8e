fr_add_test(tst_apitypes SOURCES api/tst_apitypes.cpp)
fr_add_test(tst_ratebudget SOURCES api/tst_ratebudget.cpp)
fr_add_test(tst_pollschedule TIMEOUT 120
  SOURCES api/tst_pollschedule.cpp
          ../support/ScriptedHttpServer.h ../support/ScriptedHttpServer.cpp)
fr_add_test(tst_fashnclient TIMEOUT 120
  SOURCES api/tst_fashnclient.cpp
          ../support/ScriptedHttpServer.h ../support/ScriptedHttpServer.cpp)
fr_add_test(tst_predictionpoller TIMEOUT 60
  SOURCES api/tst_predictionpoller.cpp
          ../support/ScriptedHttpServer.h ../support/ScriptedHttpServer.cpp)
fr_add_test(tst_fashnclienthostile TIMEOUT 60
  SOURCES api/tst_fashnclienthostile.cpp
          ../support/ScriptedHttpServer.h ../support/ScriptedHttpServer.cpp)
fr_add_test(tst_statusscheduler TIMEOUT 60
  SOURCES api/tst_statusscheduler.cpp
          ../support/ScriptedHttpServer.h ../support/ScriptedHttpServer.cpp)
