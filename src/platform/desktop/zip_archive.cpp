#include "platform/zip_archive.hpp"

#include <dlfcn.h>
#include <zip.h>

#include <memory>
#include <mutex>

#include "core/base/translate.hpp"
#include "platform/desktop/loaded_symbol.hpp"

namespace limber {
namespace {

struct ZipLibrary {
  decltype(&::zip_source_buffer_create) source_buffer_create;
  decltype(&::zip_source_free) source_free;
  decltype(&::zip_open_from_source) open_from_source;
  decltype(&::zip_discard) discard;
  decltype(&::zip_get_num_entries) get_num_entries;
  decltype(&::zip_stat_index) stat_index;
  decltype(&::zip_fopen_index) fopen_index;
  decltype(&::zip_fread) fread;
  decltype(&::zip_fclose) fclose;
  decltype(&::zip_strerror) strerror;
  decltype(&::zip_error_init) error_init;
  decltype(&::zip_error_fini) error_fini;
  decltype(&::zip_error_strerror) error_strerror;
};

std::once_flag g_once;
ZipLibrary g_zip{};
std::string g_error;
bool g_loaded = false;

template <class F>
bool find(void* handle, const char* name, F& out) {
  return find_loaded_symbol(handle, "libzip", name, out, g_error);
}

void load() {
  void* zip = dlopen("libzip.so.4", RTLD_NOW | RTLD_LOCAL);
  if (zip == nullptr) {
    g_error = format(tr("the zip library cannot be loaded ({0}); install libzip4"), dlerror());
    return;
  }
  ZipLibrary& z = g_zip;
  g_loaded = find(zip, "zip_source_buffer_create", z.source_buffer_create) && find(zip, "zip_source_free", z.source_free) &&
             find(zip, "zip_open_from_source", z.open_from_source) && find(zip, "zip_discard", z.discard) &&
             find(zip, "zip_get_num_entries", z.get_num_entries) && find(zip, "zip_stat_index", z.stat_index) &&
             find(zip, "zip_fopen_index", z.fopen_index) && find(zip, "zip_fread", z.fread) &&
             find(zip, "zip_fclose", z.fclose) && find(zip, "zip_strerror", z.strerror) &&
             find(zip, "zip_error_init", z.error_init) && find(zip, "zip_error_fini", z.error_fini) &&
             find(zip, "zip_error_strerror", z.error_strerror);
}

struct ArchiveCloser {
  void operator()(zip_t* z) const { g_zip.discard(z); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* f) const { g_zip.fclose(f); }
};

// A name that stays inside the archive's folder: not absolute, no "..", no backslashes, no drive.
bool is_safe_name(const std::string& name) {
  if (name.empty() || name.front() == '/' || name.find('\\') != std::string::npos || name.find(':') != std::string::npos) {
    return false;
  }
  std::size_t from = 0;
  while (from <= name.size()) {
    const std::size_t slash = std::min(name.find('/', from), name.size());
    if (name.substr(from, slash - from) == "..") return false;
    from = slash + 1;
  }
  return true;
}

}  // namespace

bool looks_like_zip(std::string_view bytes) { return bytes.starts_with("PK\x03\x04") || bytes.starts_with("PK\x05\x06"); }

Expected<void, std::string> for_each_zip_file(std::string_view archive, const ZipLimits& limits,
                                              const std::function<void(const std::string&, std::string_view)>& take) {
  std::call_once(g_once, load);
  if (!g_loaded) return Unexpected{g_error};
  zip_error_t error;
  g_zip.error_init(&error);
  zip_source_t* source = g_zip.source_buffer_create(archive.data(), archive.size(), 0, &error);
  if (source == nullptr) {
    std::string why = g_zip.error_strerror(&error);
    g_zip.error_fini(&error);
    return Unexpected{why};
  }
  std::unique_ptr<zip_t, ArchiveCloser> zip(g_zip.open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
  if (!zip) {
    std::string why = g_zip.error_strerror(&error);
    g_zip.error_fini(&error);
    g_zip.source_free(source);  // not taken by a failed open
    return Unexpected{format(tr("it is not a zip archive that can be read ({0})"), why)};
  }
  g_zip.error_fini(&error);
  const zip_int64_t count = g_zip.get_num_entries(zip.get(), 0);
  if (count < 0 || static_cast<std::size_t>(count) > limits.entries) {
    return Unexpected{format(tr("it holds more than {0} files, which no export does"), static_cast<long>(limits.entries))};
  }
  // Every name is checked before anything is read: an archive with one bad name is refused whole.
  std::vector<zip_stat_t> stats(static_cast<std::size_t>(count));
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t& st = stats[static_cast<std::size_t>(i)];
    if (g_zip.stat_index(zip.get(), static_cast<zip_uint64_t>(i), 0, &st) != 0 || (st.valid & ZIP_STAT_NAME) == 0) {
      return Unexpected{format(tr("its file number {0} cannot be read ({1})"), static_cast<long>(i + 1), g_zip.strerror(zip.get()))};
    }
    if (!is_safe_name(st.name)) {
      return Unexpected{format(tr("it holds a file named `{0}`, which points outside the archive: refused"), st.name)};
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && st.encryption_method != ZIP_EM_NONE) {
      return Unexpected{format(tr("its file `{0}` is encrypted"), st.name)};
    }
  }
  std::size_t total = 0;
  std::string bytes;
  for (zip_int64_t i = 0; i < count; ++i) {
    const std::string name = stats[static_cast<std::size_t>(i)].name;
    if (name.ends_with("/")) continue;  // a folder
    std::unique_ptr<zip_file_t, ZipFileCloser> file(g_zip.fopen_index(zip.get(), static_cast<zip_uint64_t>(i), 0));
    if (!file) return Unexpected{format(tr("its file `{0}` cannot be read ({1})"), name, g_zip.strerror(zip.get()))};
    // Unpacked a block at a time, never past the limit, whatever the archive says the size is.
    bytes.clear();
    char block[65536];
    for (;;) {
      const zip_int64_t got = g_zip.fread(file.get(), block, sizeof block);
      if (got < 0) return Unexpected{format(tr("its file `{0}` is damaged"), name)};
      if (got == 0) break;
      bytes.append(block, static_cast<std::size_t>(got));
      if (bytes.size() > limits.entry_bytes) {
        return Unexpected{format(tr("its file `{0}` unpacks to more than {1} MB (a zip bomb?): refused"), name,
                                 static_cast<long>(limits.entry_bytes >> 20))};
      }
      if (total + bytes.size() > limits.total_bytes) {
        return Unexpected{format(tr("its files unpack to more than {0} MB in all (a zip bomb?): refused"),
                                 static_cast<long>(limits.total_bytes >> 20))};
      }
    }
    total += bytes.size();
    take(name, bytes);
  }
  return {};
}

}  // namespace limber
