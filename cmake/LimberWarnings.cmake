# Strict warnings, as errors, on Limber's own targets only (never on third-party headers,
# which come in as SYSTEM include directories through their imported targets).
function(limber_strict_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Werror
    -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
    -Wconversion -Wsign-conversion -Wnull-dereference -Wdouble-promotion -Wformat=2
    -Wimplicit-fallthrough)
  # GCC 12 reports impossible memcpy overlaps inside std::string's operator+ at -O2
  # (GCC bugs 105329, 105651); the warning is wrong there and nowhere useful to us.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
endfunction()
