# ENABLE_SANITIZERS=ON builds everything (our code and tests) with ASan + UBSan; any report aborts.
# libstdc++'s assertions come with it: operator[] past the end, front() of an empty vector,
# *optional without a value abort with a message instead of reading memory that happens to be there.
if(ENABLE_SANITIZERS)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_compile_definitions(_GLIBCXX_ASSERTIONS)
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
endif()
# ENABLE_TSAN=ON builds every translation unit of ours with ThreadSanitizer (`make tsan`). Debian's
# libraries are not instrumented: what races inside them, and only there, is suppressed in
# tests/tsan.supp, each entry with the reason it is not ours.
if(ENABLE_TSAN)
  if(ENABLE_SANITIZERS)
    message(FATAL_ERROR "ThreadSanitizer and AddressSanitizer cannot share a build")
  endif()
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
endif()
