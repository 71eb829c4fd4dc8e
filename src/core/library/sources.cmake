# files of src/core/library
