# files of src/core/settings
