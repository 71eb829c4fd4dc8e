# files of src/core/jobs
