# files of src/core/images
