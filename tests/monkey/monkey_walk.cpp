#include "monkey/monkey_walk.hpp"

#include <SDL.h>
#include <fmt/format.h>
#include <imgui.h>
#include <unistd.h>

#include <array>
#include <cstdlib>
#include <ctime>

#include "core/base/translate.hpp"
#include "platform/paths.hpp"
#include "support/layout_check.hpp"

namespace limber::monkey {
namespace {

using namespace std::chrono_literals;

// A routine short enough for a walk to finish it, with every kind of step.
constexpr const char* kShortRoutine = R"(limber: 1
name: Monkey quick
get_ready: 2s
exercises:
  - name: Quick calf
    pose: calf-ledge
    sides: [left, right]
    reps: 2
    hold: 2s
    rest: 1s
    switch: 1s
  - name: Walk about
    duration: until-done
    at_least: 2s
)";

struct KeyPress {
  SDL_Keycode key;
  SDL_Scancode scancode;
  Uint16 mods;
  const char* name;
};

constexpr std::array kKeys{
    KeyPress{SDLK_TAB, SDL_SCANCODE_TAB, KMOD_NONE, "Tab"},
    KeyPress{SDLK_TAB, SDL_SCANCODE_TAB, KMOD_LSHIFT, "Shift+Tab"},
    KeyPress{SDLK_RETURN, SDL_SCANCODE_RETURN, KMOD_NONE, "Enter"},
    KeyPress{SDLK_SPACE, SDL_SCANCODE_SPACE, KMOD_NONE, "Space"},
    KeyPress{SDLK_ESCAPE, SDL_SCANCODE_ESCAPE, KMOD_NONE, "Esc"},
    KeyPress{SDLK_LEFT, SDL_SCANCODE_LEFT, KMOD_NONE, "Left"},
    KeyPress{SDLK_RIGHT, SDL_SCANCODE_RIGHT, KMOD_NONE, "Right"},
    KeyPress{SDLK_UP, SDL_SCANCODE_UP, KMOD_NONE, "Up"},
    KeyPress{SDLK_DOWN, SDL_SCANCODE_DOWN, KMOD_NONE, "Down"},
    KeyPress{SDLK_BACKSPACE, SDL_SCANCODE_BACKSPACE, KMOD_NONE, "Backspace"},
    KeyPress{SDLK_PAGEDOWN, SDL_SCANCODE_PAGEDOWN, KMOD_NONE, "PageDown"},
    KeyPress{SDLK_c, SDL_SCANCODE_C, KMOD_NONE, "c"},
    KeyPress{SDLK_l, SDL_SCANCODE_L, KMOD_NONE, "l"},
    KeyPress{SDLK_r, SDL_SCANCODE_R, KMOD_NONE, "r"},
    KeyPress{SDLK_s, SDL_SCANCODE_S, KMOD_NONE, "s"},
    KeyPress{SDLK_p, SDL_SCANCODE_P, KMOD_NONE, "p"},
    KeyPress{SDLK_i, SDL_SCANCODE_I, KMOD_NONE, "i"},
    KeyPress{SDLK_m, SDL_SCANCODE_M, KMOD_NONE, "m"},
    KeyPress{SDLK_n, SDL_SCANCODE_N, KMOD_LCTRL, "Ctrl+N"},
    KeyPress{SDLK_s, SDL_SCANCODE_S, KMOD_LCTRL, "Ctrl+S"},
    KeyPress{SDLK_z, SDL_SCANCODE_Z, KMOD_LCTRL, "Ctrl+Z"},
    KeyPress{SDLK_z, SDL_SCANCODE_Z, KMOD_LCTRL | KMOD_LSHIFT, "Ctrl+Shift+Z"},
    KeyPress{SDLK_d, SDL_SCANCODE_D, KMOD_LCTRL, "Ctrl+D"},
    KeyPress{SDLK_F11, SDL_SCANCODE_F11, KMOD_NONE, "F11"},
    KeyPress{SDLK_q, SDL_SCANCODE_Q, KMOD_LCTRL, "Ctrl+Q"},
};

// What a person might type into any field: names, numbers, durations, accents, nothing at all.
constexpr std::array kTexts{
    "Calf stretch", "20s", "until-done", "3", "-1", "99999", "Wadendehnung am Stuhl, ÄÖÜ ß", "étirement du mollet",
    "hold: 5s reps: [", "Lean in, and hold for ten seconds. Then relax, and breathe out slowly through the mouth.",
    "   ", "x", "ñ", "12:30", "a very long routine name that goes on and on and on without stopping anywhere soon",
};

constexpr std::array kSizes{std::pair{800, 480}, std::pair{800, 1280}, std::pair{1280, 800}, std::pair{1024, 768},
                            std::pair{768, 1024}, std::pair{1920, 1080}, std::pair{3840, 2160}};

constexpr std::array kLanguages{"en", "de", "nl", "fr", "es", "xx-pseudo"};
constexpr std::array kThemes{"dark", "light", "night"};

std::int64_t steady_ns() {
  return std::chrono::duration_cast<Nanos>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// The walk's wall clock starts at a moment the seed chooses: any day of a recent month, any hour
// (so Cramp now meets the small hours as often as the day).
WallTime start_time(std::uint32_t seed) {
  std::tm local{};
  local.tm_year = 2026 - 1900;
  local.tm_mon = 10;
  local.tm_mday = 1 + static_cast<int>(seed % 28);
  local.tm_hour = static_cast<int>((seed / 28) % 24);
  local.tm_min = static_cast<int>(seed % 60);
  local.tm_isdst = -1;
  return std::chrono::system_clock::from_time_t(std::mktime(&local));
}

}  // namespace

std::string program_path() {
  std::error_code ec;
  const auto path = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::string("limber_monkey") : path.string();
}

Walk::Walk(std::uint32_t seed)
    : seed_(seed), rng_(seed), wall_(start_time(seed)), profile_(std::getenv("MONKEY_PROFILE") != nullptr) {
  beat();
  watchdog_ = std::thread([this] { watch(); });
}

Walk::~Walk() {
  app_.reset();
  stopping_ = true;
  watchdog_.join();
}

void Walk::beat() { last_beat_ns_ = steady_ns(); }

void Walk::watch() {
  while (!stopping_) {
    std::this_thread::sleep_for(100ms);
    if (steady_ns() - last_beat_ns_.load() < std::chrono::duration_cast<Nanos>(kHangAfter).count()) continue;
    fmt::print(stderr, "monkey: seed {}: no frame for {} s of wall-clock time at step {}: a hang.\n", seed_,
               kHangAfter.count(), step_);
    for (const std::string& line : recent()) fmt::print(stderr, "  {}\n", line);
    fmt::print(stderr, "monkey: replay with: scripts/with-xvfb {} --seed {} --steps {}\n", program_path(), seed_, step_ + 1);
    std::_Exit(3);
  }
}

std::vector<std::string> Walk::recent() const {
  const std::lock_guard lock(recent_mutex_);
  return {recent_.begin(), recent_.end()};
}

void Walk::note(const std::string& action) {
  const std::lock_guard lock(recent_mutex_);
  recent_.push_back(fmt::format("{:4} {}", step_, action));
  if (recent_.size() > 25) recent_.pop_front();
}

// A fresh profile: the seed's language and theme, the voice on, a short routine of the user's own.
void Walk::prepare_profile() {
  ::setenv("HOME", scratch_.path().c_str(), 1);
  ::setenv("XDG_CONFIG_HOME", (scratch_ / "config").c_str(), 1);
  ::setenv("XDG_CACHE_HOME", (scratch_ / "cache").c_str(), 1);
  ::setenv("XDG_DOCUMENTS_DIR", (scratch_ / "Documents").c_str(), 1);
  ::setenv("SDL_AUDIODRIVER", "dummy", 1);
  context_.data_dir = scratch_ / "data";
  const char* language = kLanguages[rng_() % kLanguages.size()];
  const char* theme = kThemes[rng_() % kThemes.size()];
  testing::write_file(scratch_ / "config" / "limber" / "settings.json",
                      fmt::format(R"({{"voice": {}, "theme": "{}", "language": "{}"}})", rng_() % 2 == 0 ? "true" : "false",
                                  theme, language));
  testing::write_file(scratch_ / "data" / "routines" / "monkey-quick.yaml", kShortRoutine);
  (void)use_language(language, translations_dir());
  note(fmt::format("profile: language {}, theme {}", language, theme));
  const auto [width, height] = kSizes[rng_() % kSizes.size()];
  options_.width = width;
  options_.size_given = true;
  options_.height = height;
  options_.fullscreen = false;
  options_.mute = false;
}

bool Walk::open_app() {
  beat();
  app_ = std::make_unique<GuiApp>(context_, options_, clock_, wall_);
  if (!app_->open()) {
    fmt::print(stderr, "monkey: seed {}: the window did not open.\n", seed_);
    return false;
  }
  pump(5);
  return true;
}

int Walk::run(int steps) {
  prepare_profile();
  if (!open_app()) return 1;
  for (step_ = 0; step_ < steps; ++step_) {
    const auto began = std::chrono::steady_clock::now();
    act();
    if (profile_) {
      const ImVec2 size = ImGui::GetIO().DisplaySize;
      fmt::print(stderr, "{:.3f} s at {:.0f}x{:.0f}: {}\n",
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count(), size.x, size.y,
                 recent().back());
    }
    if (app_) ++steps_on_[static_cast<std::size_t>(app_->screen())];
    if (!app_ && !open_app()) return 1;
    if (!layout_sound()) return 1;
  }
  constexpr std::array kScreenNames{"library", "session", "summary", "progress", "editor", "settings", "rescue", "import"};
  std::string where;
  for (std::size_t i = 0; i < kScreenNames.size(); ++i) where += fmt::format(" {} {}", kScreenNames[i], steps_on_[i]);
  fmt::print("monkey: seed {}: {} steps; steps on each screen:{}; {} frames checked\n", seed_, steps, where, frames_checked_);
  return 0;
}

void Walk::pump(int turns, Nanos by) {
  for (int i = 0; i < turns && app_; ++i) {
    clock_.advance(by);
    const std::uint64_t frames = app_->frames_drawn();
    const bool going = app_->step(0ns);
    if (app_->frames_drawn() != frames) screen_of_last_frame_ = app_->screen();
    beat();
    if (!going) {
      note("the app quit: opening it again");
      app_.reset();
      screen_of_last_frame_.reset();
    }
  }
}

void Walk::let_time_pass(Nanos span) {
  const Nanos end = clock_.now() + span;
  while (app_ && clock_.now() < end) {
    const Nanos wake = std::min(app_->next_wake().value_or(end), end);
    clock_.set(std::max(clock_.now() + 1ms, wake));
    const std::uint64_t frames = app_->frames_drawn();
    const bool going = app_->step(0ns);
    if (app_->frames_drawn() != frames) screen_of_last_frame_ = app_->screen();
    beat();
    if (!going) {
      note("the app quit: opening it again");
      app_.reset();
      screen_of_last_frame_.reset();
    }
  }
}

// A frame is judged only when it was drawn for the screen showing now: the controls a screen
// reports are those of its own last frame.
bool Walk::layout_sound() {
  if (!app_ || app_->frames_drawn() == checked_frame_ || screen_of_last_frame_ != app_->screen()) return true;
  checked_frame_ = app_->frames_drawn();
  ++frames_checked_;
  const auto problems = testing::layout_problems(app_->drawn_buttons(), fmt::format("screen {}", static_cast<int>(app_->screen())));
  if (problems.empty()) return true;
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  fmt::print(stderr, "monkey: seed {}: layout problems at step {} ({:.0f}x{:.0f}):\n", seed_, step_, size.x, size.y);
  for (const auto& problem : problems) fmt::print(stderr, "  {}\n", problem);
  const auto shot = std::filesystem::temp_directory_path() / fmt::format("limber-monkey-{}-{}.png", seed_, step_);
  if (app_->window().save_screenshot(shot)) fmt::print(stderr, "monkey: the frame is in {}\n", shot.string());
  return false;
}

void Walk::act() {
  const int roll = static_cast<int>(rng_() % 100);
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const auto anywhere = [&] {
    return ImVec2(static_cast<float>(rng_() % 1000) / 1000.0f * size.x, static_cast<float>(rng_() % 1000) / 1000.0f * size.y);
  };
  if (roll < 8) {
    go_somewhere();
  } else if (roll < 32) {
    // A tap on a control the screen drew (a visible one, as a finger finds it).
    DrawnButtons visible;
    for (const DrawnButton& b : app_->drawn_buttons()) {
      if (b.is_visible()) visible.push_back(b);
    }
    if (visible.empty()) return pump(2);
    const DrawnButton& b = visible[rng_() % visible.size()];
    note(fmt::format("tap `{}`", b.label));
    const ImVec2 at = b.centre();
    tap(at.x, at.y);
  } else if (roll < 40) {
    const ImVec2 at = anywhere();
    note(fmt::format("tap at ({:.0f}, {:.0f})", at.x, at.y));
    tap(at.x, at.y);
  } else if (roll < 65) {
    // Quitting and full screen are rarer than the rest.
    std::size_t pick = rng_() % kKeys.size();
    if ((kKeys[pick].key == SDLK_q || kKeys[pick].key == SDLK_F11) && rng_() % 4 != 0) pick = 0;
    note(fmt::format("key {}", kKeys[pick].name));
    key(kKeys[pick].key, kKeys[pick].scancode, kKeys[pick].mods);
  } else if (roll < 71) {
    const std::string typed = kTexts[rng_() % kTexts.size()];
    note(fmt::format("type \"{}\"", typed));
    text(typed);
  } else if (roll < 75) {
    int width = 0, height = 0;
    if (rng_() % 4 != 0) {
      std::tie(width, height) = kSizes[rng_() % kSizes.size()];
    } else {
      width = 800 + static_cast<int>(rng_() % 3041);
      height = 480 + static_cast<int>(rng_() % 1681);
    }
    note(fmt::format("resize to {}x{}", width, height));
    SDL_SetWindowSize(app_->window().sdl(), width, height);
    pump(4);
  } else if (roll < 91) {
    constexpr std::array kSpans{100ms, 1000ms, 3000ms, 10000ms, 30000ms, 120000ms};
    const auto span = kSpans[rng_() % kSpans.size()];
    note(fmt::format("wait {} ms", span.count()));
    let_time_pass(span);
  } else if (roll < 96) {
    const ImVec2 at = anywhere();
    const int amount = static_cast<int>(rng_() % 11) - 5;
    note(fmt::format("wheel {} at ({:.0f}, {:.0f})", amount, at.x, at.y));
    wheel(at.x, at.y, amount);
  } else {
    const ImVec2 at = anywhere();
    const float dy = (static_cast<float>(rng_() % 1000) / 500.0f - 1.0f) * size.y / 2;
    note(fmt::format("drag from ({:.0f}, {:.0f}) by {:.0f}", at.x, at.y, dy));
    drag(at.x, at.y, dy);
  }
}

// Back towards the library (answering any question on the way), then to another screen: keeps
// the walk from spending itself on the screen with the most controls.
void Walk::go_somewhere() {
  for (int i = 0; i < 4 && app_ && app_->screen() != Screen::library; ++i) {
    DrawnButtons question;
    for (const DrawnButton& b : app_->drawn_buttons()) {
      if (b.question && b.is_visible()) question.push_back(b);
    }
    if (!question.empty()) {
      const DrawnButton& b = question[rng_() % question.size()];
      note(fmt::format("answer `{}`", b.label));
      tap(b.centre().x, b.centre().y);
    } else {
      note("key Esc (to the library)");
      key(SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
    }
  }
  if (!app_ || app_->screen() != Screen::library) return;
  constexpr std::array kPlaces{KeyPress{SDLK_s, SDL_SCANCODE_S, KMOD_NONE, "s (settings)"},
                               KeyPress{SDLK_p, SDL_SCANCODE_P, KMOD_NONE, "p (progress)"},
                               KeyPress{SDLK_i, SDL_SCANCODE_I, KMOD_NONE, "i (import)"},
                               KeyPress{SDLK_c, SDL_SCANCODE_C, KMOD_NONE, "c (cramp now)"},
                               KeyPress{SDLK_n, SDL_SCANCODE_N, KMOD_LCTRL, "Ctrl+N (new routine)"}};
  const std::size_t pick = rng_() % (kPlaces.size() + 2);
  if (pick < kPlaces.size()) {
    note(fmt::format("key {}", kPlaces[pick].name));
    key(kPlaces[pick].key, kPlaces[pick].scancode, kPlaces[pick].mods);
    return;
  }
  // A session: the Start of a card (the keyboard scrolls it into view).
  std::vector<std::string> starts;
  const std::string start_label = std::string(tr("Start")) + "##";
  for (const DrawnButton& b : app_->drawn_buttons()) {
    if (b.label.rfind(start_label, 0) == 0) starts.push_back(b.label);
  }
  if (starts.empty()) return;
  const std::string start = starts[rng_() % starts.size()];
  for (int i = 0; i < 40 && app_; ++i) {
    const auto& buttons = app_->drawn_buttons();
    const auto focused = std::find_if(buttons.begin(), buttons.end(), [&](const DrawnButton& b) { return b.focused && b.label == start; });
    if (focused != buttons.end()) break;
    key(SDLK_TAB, SDL_SCANCODE_TAB);
  }
  note(fmt::format("start `{}`", start));
  key(SDLK_RETURN, SDL_SCANCODE_RETURN);
}

void Walk::tap(float x, float y) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  SDL_Event event{};
  event.tfinger.touchId = 1;
  event.tfinger.fingerId = 1;
  event.tfinger.x = x / size.x;
  event.tfinger.y = y / size.y;
  event.tfinger.pressure = 1;
  event.type = SDL_FINGERDOWN;
  SDL_PushEvent(&event);
  event.type = SDL_FINGERUP;
  SDL_PushEvent(&event);
  pump(6);
}

void Walk::drag(float x, float y, float dy) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  SDL_Event event{};
  event.tfinger.touchId = 1;
  event.tfinger.fingerId = 1;
  event.tfinger.x = x / size.x;
  event.tfinger.y = y / size.y;
  event.tfinger.pressure = 1;
  event.type = SDL_FINGERDOWN;
  SDL_PushEvent(&event);
  pump(2);
  for (int i = 1; i <= 5; ++i) {
    event.type = SDL_FINGERMOTION;
    event.tfinger.y = std::clamp((y + dy * static_cast<float>(i) / 5) / size.y, 0.0f, 1.0f);
    event.tfinger.dy = dy / 5 / size.y;
    SDL_PushEvent(&event);
    pump(1);
  }
  event.type = SDL_FINGERUP;
  SDL_PushEvent(&event);
  pump(4);
}

// Held for a couple of frames, as a person presses it (ImGui sees keys only while they are down).
void Walk::key(SDL_Keycode code, SDL_Scancode scancode, Uint16 mods) {
  SDL_Event event{};
  event.type = SDL_KEYDOWN;
  event.key.keysym.sym = code;
  event.key.keysym.scancode = scancode;
  event.key.keysym.mod = mods;
  SDL_PushEvent(&event);
  pump(2);
  event.type = SDL_KEYUP;
  SDL_PushEvent(&event);
  pump(3);
}

void Walk::text(const std::string& typed) {
  for (std::size_t at = 0; at < typed.size(); at += 31) {
    SDL_Event event{};
    event.type = SDL_TEXTINPUT;
    const std::string part = typed.substr(at, 31);
    std::copy(part.begin(), part.end(), event.text.text);
    SDL_PushEvent(&event);
    pump(1);
  }
  pump(2);
}

void Walk::wheel(float x, float y, int amount) {
  SDL_WarpMouseInWindow(app_->window().sdl(), static_cast<int>(x), static_cast<int>(y));
  SDL_Event event{};
  event.type = SDL_MOUSEWHEEL;
  event.wheel.y = amount;
  event.wheel.preciseY = static_cast<float>(amount);
  SDL_PushEvent(&event);
  pump(4);
}

}  // namespace limber::monkey
