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
  # ThreadSanitizer's -O1 build (`make tsan`) inlines differently, and GCC 12 then finds "potential
  # null pointer dereferences" inside libstdc++'s std::string as CLI11's split() inlines it into our
  # files (seen in command_check.cpp). The Release build, where this warning means something, keeps it.
  if(ENABLE_TSAN)
    target_compile_options(${target} PRIVATE -Wno-null-dereference)
  endif()
endfunction()
