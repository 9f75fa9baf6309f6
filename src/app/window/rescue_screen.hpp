#pragma once
// The rescue's first screen (the Cramp-now button, `limber sos`): which leg, then the shell
// records the cramp and starts the rescue routine for that leg in night mode (cramp_rescue.hpp).

#include <SDL.h>

#include <optional>
#include <string>

#include "app/window/app_request.hpp"
#include "ui/rescue_view.hpp"

namespace limber {

class RescueScreen {
 public:
  void open() { model_ = RescueModel{}; }
  // The rescue could not start (shown on this screen).
  void set_problem(std::string problem) { model_.problem = std::move(problem); }
  [[nodiscard]] const RescueView& view() const { return view_; }

  std::optional<RescueIntent> draw(ThemeKind theme, const ViewFonts& fonts) { return view_.draw(model_, theme, fonts); }
  AppRequest handle(RescueIntent intent);
  // ← or L: left leg; → or R: right leg; Escape: back.
  AppRequest handle_key(SDL_Keycode key);

 private:
  RescueModel model_;
  RescueView view_;
};

}  // namespace limber
