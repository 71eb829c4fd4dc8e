target_sources(fittingroom_core PRIVATE
  session/Session.cpp session/Session.h)
