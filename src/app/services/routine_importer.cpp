// Other apps' routines into the user's routines folder, for `limber import` and the library's
// Import. Each file is read whole (within ImportLimits) before anything is written: a file that
// cannot be read writes nothing. Each routine is written as canonical YAML and read back, so what
// lands passes `limber check`; the same routine imported twice is found and not written again.
#include <fmt/format.h>

#include <algorithm>

#include "app/services/routine_importer.hpp"
#include "core/base/translate.hpp"
#include "core/formats/small_file.hpp"
#include "core/importers/routine_import.hpp"
#include "core/routine/routine_file_name.hpp"
#include "core/routine/routine_loader.hpp"
#include "core/routine/routine_yaml.hpp"
#include "platform/atomic_file.hpp"
#include "platform/user_image.hpp"
#include "platform/zip_archive.hpp"

namespace limber {
namespace {

namespace fs = std::filesystem;

// The picture's bytes, if it is a PNG or JPEG file beside the imported file that a routine can
// show (the size `limber check` allows); else why not.
Expected<std::string, std::string> picture_bytes(const fs::path& path) {
  auto bytes = read_small_file(path, ImportLimits::file_bytes, tr("a picture"));
  if (!bytes) return Unexpected{format(tr("not found beside the file ({0})"), bytes.error())};
  const bool png = bytes->starts_with("\x89PNG\r\n\x1a\n");
  const bool jpeg = bytes->starts_with("\xFF\xD8\xFF");
  if (!png && !jpeg) return Unexpected{std::string(tr("not a PNG or JPEG"))};
  if (auto checked = check_user_image_bytes(*bytes, path.filename().string()); !checked) return Unexpected{checked.error()};
  return std::move(bytes.value());
}

// The routine with each picture it names renamed to "<stem>-<name>", as it is copied.
Routine with_pictures_named(Routine routine, const std::vector<ImportedPicture>& pictures, const std::string& stem) {
  for (const ImportedPicture& picture : pictures) {
    for (Exercise& e : routine.exercises) {
      if (e.image == picture.to) e.image = stem + "-" + picture.to;
    }
  }
  return routine;
}

class RoutineWriter {
 public:
  RoutineWriter(const AppContext& context, fs::path folder, RoutineImportReport& report) : folder_(std::move(folder)), report_(report) {
    for (const LibraryEntry& entry : context.load_library().entries) taken_.push_back(entry.stem());
    std::error_code ec;
    for (const auto& file : fs::directory_iterator(folder_, ec)) {
      if (file.path().extension() == ".yaml") existing_.push_back(file.path());
    }
  }

  // Writes one routine (and its pictures, from `beside`), says what became of it; false on a
  // failure to write.
  bool write(ImportedRoutine imported, const fs::path& beside) {
    Routine& routine = imported.routine;
    // Which pictures can be kept, decided first: the routine is the same whether it was imported
    // before or now, with the same pictures dropped (and a picture `check` would refuse is one).
    std::vector<std::pair<ImportedPicture, std::string>> pictures;
    for (const ImportedPicture& picture : imported.pictures) {
      auto bytes = picture_bytes(beside / picture.from);
      if (!bytes) {
        for (Exercise& e : routine.exercises) {
          if (e.image == picture.to) e.image.clear();
        }
        imported.not_kept.push_back(format(tr("its picture `{0}`: {1}"), picture.from, bytes.error()));
        continue;
      }
      pictures.emplace_back(picture, std::move(bytes.value()));
    }
    imported.pictures.clear();
    for (const auto& kept : pictures) imported.pictures.push_back(kept.first);
    // The same routine imported before: a file whose YAML is this routine's, with its pictures
    // named after that file.
    for (const fs::path& file : existing_) {
      const auto there = read_small_file(file, ImportLimits::file_bytes, tr("a routine file"));
      if (there && *there == routine_to_yaml(with_pictures_named(routine, imported.pictures, file.stem().string()))) {
        report_.lines.push_back("  " + format(tr("\u201c{0}\u201d was imported before: it is in your library already ({1})."), routine.name,
                                              file.filename().string()));
        return true;
      }
    }
    const std::string stem = routine_file_stem(routine.name, taken_);
    // Pictures first, named after the routine, so the routine never names one that is not there.
    for (const auto& [picture, bytes] : pictures) {
      if (auto written = write_file_atomically(folder_ / (stem + "-" + picture.to), bytes); !written) {
        report_.errors.push_back(written.error());
        return false;
      }
    }
    routine = with_pictures_named(routine, imported.pictures, stem);
    const std::string yaml = routine_to_yaml(routine);
    const fs::path file = folder_ / (stem + ".yaml");
    if (auto written = write_file_atomically(file, yaml); !written) {
      report_.errors.push_back(written.error());
      return false;
    }
    // What was written is read back as any routine is: it must pass `limber check`.
    if (const RoutineResult back = load_routine_file(file); !back) {
      std::error_code ec;
      fs::remove(file, ec);
      report_.errors.push_back(format(tr("{0} could not be written as a valid routine (a Limber bug): {1}"), routine.name,
                                      back.error().empty() ? std::string() : back.error().front().message));
      return false;
    }
    taken_.push_back(stem);
    existing_.push_back(file);
    // Said as a person would: the routine by its name, what could not come over exactly, and where
    // to look ("check it in the editor"), the file by its name only.
    report_.lines.push_back("  " + format(tr("\u201c{0}\u201d is in your library ({1})."), routine.name, file.filename().string()));
    for (const std::string& note : imported.approximated) {
      report_.lines.push_back("    " + format(tr("Not quite as it was: {0}. Check it in the editor."), note));
    }
    for (const std::string& note : imported.not_kept) report_.lines.push_back("    " + format(tr("Left out: {0}."), note));
    report_.written.push_back(file);
    return true;
  }

 private:
  fs::path folder_;
  RoutineImportReport& report_;
  std::vector<std::string> taken_;
  std::vector<fs::path> existing_;
};

// Every routine in the file, or why none can be: a zip's files are each a Feeel workout.
Expected<std::vector<ImportedFile>, std::string> read_import(const fs::path& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return Unexpected{std::string(tr("it is a folder"))};
  const auto size = fs::file_size(path, ec);
  if (ec) return Unexpected{format(tr("it cannot be read ({0})"), ec.message())};
  if (size > ImportLimits::archive_bytes) {
    return Unexpected{format(tr("it is {0} MB, larger than any routine file or export ({1} MB at most)"),
                             static_cast<long>(size >> 20), static_cast<long>(ImportLimits::archive_bytes >> 20))};
  }
  auto bytes = read_small_file(path, ImportLimits::archive_bytes, tr("a file to import"));
  if (!bytes) return Unexpected{bytes.error()};
  if (!looks_like_zip(*bytes)) {
    auto file = import_routines(*bytes, path.filename().string());
    if (!file) return Unexpected{file.error()};
    return std::vector<ImportedFile>{std::move(file.value())};
  }
  std::vector<ImportedFile> files;
  ImportedFile unread;
  unread.app = "Feeel";
  const auto read = for_each_zip_file(
      *bytes, ZipLimits{ImportLimits::archive_entries, ImportLimits::entry_bytes, ImportLimits::archive_total},
      [&](const std::string& name, std::string_view entry) {
        auto file = import_routines(entry, name);
        if (file) {
          files.push_back(std::move(file.value()));
        } else {
          unread.skipped.push_back(format(tr("{0}: {1}"), name, file.error()));
        }
      });
  if (!read) return Unexpected{read.error()};
  if (!unread.skipped.empty()) files.push_back(std::move(unread));
  if (files.empty()) return Unexpected{std::string(tr("the archive holds no workout"))};
  return files;
}

}  // namespace

RoutineImportReport import_routine_files(const AppContext& context, const std::vector<std::filesystem::path>& paths) {
  RoutineImportReport report;
  if (!context.data_dir) {
    report.errors.push_back(tr("there is no data folder (HOME is not set) to import routines into"));
    return report;
  }
  const fs::path folder = *context.data_dir / "routines";
  std::error_code ec;
  fs::create_directories(folder, ec);
  RoutineWriter writer(context, folder, report);
  for (const fs::path& path : paths) {
    auto files = read_import(path);
    if (!files) {
      report.errors.push_back(format(tr("{0} was not imported: {1}."), path.filename().string(), files.error()));
      continue;
    }
    for (ImportedFile& file : *files) {
      report.lines.push_back(format(trn("Imported {2} routine from {1} ({0}).", "Imported {2} routines from {1} ({0}).",
                                        static_cast<long>(file.routines.size())),
                                    path.filename().string(), file.app, static_cast<long>(file.routines.size())));
      for (ImportedRoutine& routine : file.routines) {
        if (!writer.write(std::move(routine), path.parent_path())) return report;
      }
      for (const std::string& skipped : file.skipped) report.lines.push_back("  " + format(tr("Not imported: {0}."), skipped));
    }
  }
  return report;
}

}  // namespace limber
