# files of src/core/api
target_sources(fittingroom_core PRIVATE
  api/ApiTypes.h api/ApiTypes.cpp
  api/Clock.h api/Clock.cpp
  api/Durations.h
  api/RateBudget.h api/RateBudget.cpp
  api/FashnClient.h api/FashnClient.cpp api/FashnClientPrivate.h api/FashnClientReplies.cpp
  api/HttpSupport.h api/HttpSupport.cpp
  api/PollSchedule.h api/PollSchedule.cpp
  api/PredictionPoller.h api/PredictionPoller.cpp
  api/StatusScheduler.h api/StatusScheduler.cpp)
