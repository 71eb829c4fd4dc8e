# files of src/core/api
