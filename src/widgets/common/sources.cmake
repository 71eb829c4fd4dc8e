target_sources(fittingroom_widgets PRIVATE
  common/AppIcon.cpp common/AppIcon.h
  common/Colors.cpp common/Colors.h
  common/Confirm.cpp common/Confirm.h
  common/SlimScrollBarStyle.cpp common/SlimScrollBarStyle.h)
