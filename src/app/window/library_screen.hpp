#pragma once
// The library screen's controller: the routine folders read into cards (each with the reps the
// session starter would choose and when it was last done), files edited outside the app picked
// up by polling, and Start, Edit, Copy, New and Delete. A deletion is confirmed first and is
// keyed by the routine's file, so a library that changes meanwhile can never delete another.

#include <SDL.h>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/window/app_request.hpp"
#include "app/window/window_services.hpp"
#include "core/routine/routine_library.hpp"
#include "platform/user_image.hpp"
#include "ui/library_view.hpp"

namespace limber {

class LibraryScreen {
 public:
  explicit LibraryScreen(WindowServices& services) : services_(services) {}

  // Reads the routine folders (and the history's suggestions) again.
  void reload();
  // Reads the folders again if anything in them changed since; true when it did.
  bool reload_if_changed();
  // The same, at most once a poll interval (where the folders cannot be watched).
  bool poll(Nanos now);
  [[nodiscard]] Nanos next_poll() const { return next_poll_; }

  [[nodiscard]] const RoutineLibrary& library() const { return library_; }
  [[nodiscard]] const std::vector<LibraryCard>& cards() const { return model_.cards; }
  [[nodiscard]] const LibraryModel& model() const { return model_; }
  [[nodiscard]] const LibraryView& view() const { return view_; }

  std::optional<LibraryIntent> draw(const ViewFonts& fonts, bool fullscreen);
  AppRequest handle(const LibraryIntent& intent);
  AppRequest handle_key(SDL_Keycode key, Uint16 mods);

  static constexpr Nanos kPollInterval = std::chrono::seconds(1);

 private:
  struct PendingDelete {
    std::filesystem::path file;
    std::string content_hash;  // as the file was when the user was asked
  };

  [[nodiscard]] const LibraryEntry* entry_for(int card) const;
  [[nodiscard]] const LibraryEntry* entry_at(const std::filesystem::path& file) const;
  // The reps the library offers for a routine: what it would start with.
  [[nodiscard]] std::optional<int> offered_reps(const LibraryEntry& entry) const;
  void ask_to_delete(int card);
  void delete_confirmed();
  // A question about a file that is gone (renamed, deleted outside the app) is closed.
  void drop_question_if_file_gone();
  // The card's picture as a texture, read once per window (nullptr when it cannot be shown).
  const ImageTexture* picture(const std::filesystem::path& path);

  WindowServices& services_;
  RoutineLibrary library_;
  LibraryModel model_;
  std::vector<std::filesystem::path> card_files_;  // card index -> its file
  std::map<std::filesystem::path, int> picked_;    // reps picked on a card in this window
  std::optional<PendingDelete> pending_delete_;
  std::map<std::filesystem::path, std::optional<ImageTexture>> pictures_;
  std::string signature_;  // the routine folders as last read
  Nanos next_poll_{};
  LibraryView view_;
};

}  // namespace limber
