# ENABLE_SANITIZERS=ON builds everything (our code and tests) with ASan + UBSan; any report aborts.
if(ENABLE_SANITIZERS)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
endif()
