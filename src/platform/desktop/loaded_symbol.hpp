#pragma once
// Looking up a function in a library loaded at run time (dlopen): what cairo_library.cpp and
// zip_archive.cpp do for the libraries kept off the start.

#include <dlfcn.h>

#include <string>

#include "core/base/translate.hpp"

namespace limber {

// Sets `out` to `name` in `handle`; false, with `error` saying which is missing, when it is not there.
template <class F>
bool find_loaded_symbol(void* handle, const char* library, const char* name, F& out, std::string& error) {
  out = reinterpret_cast<F>(dlsym(handle, name));
  if (out == nullptr) error = format(tr("{0} lacks {1}"), library, name);
  return out != nullptr;
}

}  // namespace limber
