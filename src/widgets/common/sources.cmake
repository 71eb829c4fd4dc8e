target_sources(fittingroom_widgets PRIVATE
  common/Confirm.cpp common/Confirm.h)
