target_sources(fittingroom_core PRIVATE
  jobs/JobRecord.h
  jobs/CrashPoint.h jobs/CrashPoint.cpp
  jobs/BatchFile.h jobs/BatchFile.cpp
  jobs/JobJournal.h jobs/JobJournal.cpp jobs/JobJournalClaims.cpp
  jobs/DurationHistory.h jobs/DurationHistory.cpp
  jobs/JobRunner.h jobs/JobRunner.cpp jobs/JobRunnerActive.h jobs/JobRunnerOutputs.cpp)
