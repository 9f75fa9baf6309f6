#pragma once
// The progress screen's controller: builds the view's model from the history (every figure from
// core), and carries out its intents: delete a session (with one undo), the weekly goal, back.

#include <SDL.h>

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/window/app_request.hpp"
#include "app/window/window_services.hpp"
#include "ui/progress_view.hpp"

namespace limber {

class ProgressScreen {
 public:
  explicit ProgressScreen(WindowServices& services) : services_(services) {}

  // Reads the history again and recomputes every figure for today. `fresh_visit`: the screen
  // was just opened, so what was deleted before is no longer listed.
  void refresh(bool fresh_visit = false);
  [[nodiscard]] const ProgressModel& model() const { return model_; }
  [[nodiscard]] const ProgressView& view() const { return view_; }

  std::optional<ProgressIntent> draw(const ViewFonts& fonts);
  AppRequest handle(const ProgressIntent& intent);
  AppRequest handle_key(SDL_Keycode key);

 private:
  void delete_session(int row);
  void save_report();
  void open_report();
  void undo_delete(int row);
  // The diary for any night: each change can be undone (the last one).
  void handle_night(const ProgressIntent& intent);
  void save_night(DiaryEntry entry);
  void change_night(const std::function<Expected<void, std::string>()>& change);

  WindowServices& services_;
  ProgressView view_;
  ProgressModel model_;
  std::vector<std::string> row_uuids_;  // ProgressModel::sessions row -> session uuid
  std::vector<SessionRecord> deleted_;  // deleted on this visit: listed in place, each with Undo
  std::string problem_;                 // the last write that failed, in words
  std::optional<DayNumber> night_;      // the night being edited
  std::string night_error_;
  struct NightUndo {
    DayNumber night;
    std::optional<DiaryEntry> before;  // none: the night had no entry
  };
  std::optional<NightUndo> undo_;
  std::filesystem::path report_file_;  // the report Save put where the user keeps documents
  int weeks_back_ = 0;                 // the calendar and chart paged back this many weeks
};

// How many sessions the list shows; `limber history` lists them all.
inline constexpr std::size_t kSessionListRows = 60;

}  // namespace limber
