#pragma once
// The summary screen's controller: what the session amounted to, the diary entry for last night
// (one tap for "no cramps", count then severity otherwise), and another go or back.

#include <SDL.h>

#include <optional>

#include "app/window/app_request.hpp"
#include "app/window/window_services.hpp"
#include "core/history/cramp_events.hpp"
#include "core/session/session_engine.hpp"
#include "ui/summary_view.hpp"

namespace limber {

class SummaryScreen {
 public:
  explicit SummaryScreen(WindowServices& services) : services_(services) {}

  // The summary of the session that just ended at `now`; `from_editor`: Back returns to the editor.
  // `kept_aside`: the session could not go into the history, and waits beside it.
  // `cramp`: the session was the rescue for this cramp, and its night is the diary's.
  void open(const SessionEngine& engine, Nanos now, bool from_editor, bool kept_aside = false,
            const std::optional<CrampEvent>& cramp = std::nullopt);
  [[nodiscard]] const SummaryModel& model() const { return model_; }
  [[nodiscard]] const SummaryView& view() const { return view_; }

  std::optional<SummaryIntent> draw(const ViewFonts& fonts);
  AppRequest handle(const SummaryIntent& intent);
  AppRequest handle_key(SDL_Keycode key);

 private:
  // Writes the night's entry (its note kept); false (with the error shown) when it cannot be written.
  bool save_last_night(int cramps, int severity);
  void read_diary_prompt();
  void read_tried();

  WindowServices& services_;
  SummaryModel model_;
  bool from_editor_ = false;
  DayNumber night_ = 0;      // the diary night it asks about
  bool ask_tried_ = false;
  SummaryView view_;
};

}  // namespace limber
