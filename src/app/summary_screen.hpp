#pragma once
// The summary screen's controller: what the session amounted to, the diary entry for last night
// (one tap for "no cramps", count then severity otherwise), and another go or back.

#include <SDL.h>

#include <optional>

#include "app/app_request.hpp"
#include "app/window_services.hpp"
#include "core/session_engine.hpp"
#include "ui/summary_view.hpp"

namespace limber {

class SummaryScreen {
 public:
  explicit SummaryScreen(WindowServices& services) : services_(services) {}

  // The summary of the session that just ended at `now`; `from_editor`: Back returns to the editor.
  // `kept_aside`: the session could not go into the history, and waits beside it.
  void open(const SessionEngine& engine, Nanos now, bool from_editor, bool kept_aside = false);
  [[nodiscard]] const SummaryModel& model() const { return model_; }
  [[nodiscard]] const SummaryView& view() const { return view_; }

  std::optional<SummaryIntent> draw(const ViewFonts& fonts);
  AppRequest handle(const SummaryIntent& intent);
  AppRequest handle_key(SDL_Keycode key);

 private:
  // Writes last night's entry; false (with the error shown) when it cannot be written.
  bool save_last_night(int cramps, int severity);

  WindowServices& services_;
  SummaryModel model_;
  bool from_editor_ = false;
  SummaryView view_;
};

}  // namespace limber
