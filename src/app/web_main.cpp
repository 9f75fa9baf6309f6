// The browser build's entry: the same window as the desktop's `limber`, opened on the library in
// the page's canvas, after the browser's storage has been read in. A page must never block its
// thread, so the loop is the browser's: a turn (one GuiApp::step that does not wait) runs when the
// app's next deadline comes (a timer set to GuiApp::next_wake, as the desktop's loop waits for
// it) or when input arrives (an SDL event watch). Idle, nothing runs at all; in a session, each
// phase change is handled within a millisecond or two of its time, not at the next animation frame.

#include <SDL.h>
#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "app/services/app_context.hpp"
#include "app/services/settings_store.hpp"
#include "app/web_keyboard.hpp"
#include "app/window/gui_app.hpp"
#include "core/base/calendar.hpp"
#include "core/base/translate.hpp"
#include "core/history/history_folder.hpp"
#include "platform/paths.hpp"
#include "platform/web/web_storage.hpp"

namespace limber {
namespace {

std::unique_ptr<AppContext> g_context;
std::unique_ptr<GuiApp> g_app;
std::uint64_t g_frames_saved = 0;
std::chrono::steady_clock::time_point g_last_save{};

// During a session, what changed reaches IndexedDB at most half a second later.
constexpr auto kSaveEvery = std::chrono::milliseconds{500};
// The write's copying runs on this thread in the tasks after it starts (IndexedDB's callbacks take
// each changed file whole, the history's write-ahead log too): started well before an event, it
// is done by then. Measured here: at 150 ms an event now and then came 15-20 ms late.
constexpr Nanos kQuietBeforeEvent = std::chrono::milliseconds{400};
// A frame's own work on this thread is a few milliseconds, but a software GPU (SwiftShader, and
// tablets' slow ones) then rasterises it on the same cores for tens more: measured here, frames
// begun 30 ms before an event still made it 15-20 ms late; 60 ms clears them.
constexpr Nanos kFrameBeforeEvent = std::chrono::milliseconds{60};
constexpr const char* kTraceFile = "/tmp/limber-trace.jsonl";

std::uint64_t g_steps = 0;  // turns of the loop (tests/web sees the loop run)
std::chrono::steady_clock::duration g_longest_turn{};  // the longest turn so far (tests/web)

void turn(void* /*unused*/);
EM_BOOL turn_at_frame(double /*time*/, void* /*unused*/) {
  turn(nullptr);
  return EM_FALSE;
}

long g_timer = 0;  // the pending turn's setTimeout, if any
std::optional<Nanos> g_timer_due;  // when it was asked for
Nanos g_latest_timer{};  // how late a session's timer came at worst (tests/web: the browser's share of lateness)
long g_frame = 0;  // the pending turn's requestAnimationFrame, if any
bool g_stopped = false;

void cancel_next_turn() {
  if (g_timer != 0) emscripten_clear_timeout(g_timer);
  g_timer_due.reset();
  if (g_frame != 0) emscripten_cancel_animation_frame(g_frame);
  g_timer = 0;
  g_frame = 0;
}

// The next turn: at the display's next frame when one is to be drawn now; at the app's next
// deadline otherwise (a session's phase change, the countdown's next second); none while it waits
// only for input, which turn_on_input starts.
void plan_next_turn() {
  cancel_next_turn();
  if (g_stopped) return;
  const auto wake = g_app->next_wake();
  if (!wake) return;
  const Nanos now = std::chrono::duration_cast<Nanos>(std::chrono::steady_clock::now().time_since_epoch());
  const double ms = static_cast<double>((*wake - now).count()) / 1e6;
  // A frame drawn just before a session's event would hold the event up (kFrameBeforeEvent): then
  // the turn waits for the event, and that turn draws the frame after handling it.
  const auto event = g_app->screen() == Screen::session ? g_app->session().next_event_at() : std::nullopt;
  // Whether the turn is a frame's now or at a later time (the ring's next step): either draws.
  if (event && *event > now && *event >= *wake && *event - std::max(*wake, now) < kFrameBeforeEvent) {
    g_timer = emscripten_set_timeout(turn, static_cast<double>((*event - now).count()) / 1e6, nullptr);
    g_timer_due = *event;
  } else if (ms <= 1.0) {
    g_frame = emscripten_request_animation_frame(turn_at_frame, nullptr);
  } else {
    g_timer = emscripten_set_timeout(turn, ms, nullptr);
    g_timer_due = *wake;
  }
}

void turn(void* /*unused*/) {
  if (g_timer != 0 && g_timer_due && g_app->screen() == Screen::session) {
    const Nanos now = std::chrono::duration_cast<Nanos>(std::chrono::steady_clock::now().time_since_epoch());
    g_latest_timer = std::max(g_latest_timer, now - *g_timer_due);
  }
  g_timer_due.reset();
  g_timer = 0;
  g_frame = 0;
  ++g_steps;
  const auto began = std::chrono::steady_clock::now();
  const bool going = g_app->step(Nanos{0});
  g_longest_turn = std::max(g_longest_turn, std::chrono::steady_clock::now() - began);
  if (!going) {
    g_stopped = true;
    save_persistent_storage();
    return;
  }
  // Outside a session at once (a diary tap, a setting, the finished session are in the storage
  // before a tab could be closed). In a session, whose frames change all the time, at most every
  // half second (the recorder's writes, which keep a crash's loss to the running phase), and only
  // well before its next event: the write's copying runs on this thread and must not delay it.
  const auto now = std::chrono::steady_clock::now();
  bool save_now = g_app->frames_drawn() != g_frames_saved;
  if (g_app->screen() == Screen::session) {
    const auto next_event = g_app->session().next_event_at();
    const Nanos clock_now = std::chrono::duration_cast<Nanos>(now.time_since_epoch());
    save_now = save_now && now - g_last_save >= kSaveEvery && (!next_event || *next_event - clock_now > kQuietBeforeEvent);
  }
  if (save_now) {
    g_frames_saved = g_app->frames_drawn();
    g_last_save = now;
    save_persistent_storage();
  }
  plan_next_turn();
  // Last: a key it presses or lets go of asks for the next turn at once (an input event does).
  follow_text_input();
}

// Called by SDL as each input event is queued (from the page's own event handlers).
int turn_on_input(void* /*unused*/, SDL_Event* /*event*/) {
  if (!g_stopped) {
    cancel_next_turn();
    g_timer = emscripten_set_timeout(turn, 0, nullptr);
  }
  return 1;
}

void start() {
  g_context = std::make_unique<AppContext>(AppContext{resolve_data_dir("")});
  const AppSettings settings = load_settings(resolve_config_dir());
  (void)use_language(settings.language, translations_dir());
  set_first_weekday(first_weekday_for_locale(time_locale_from_environment()));
  GuiOptions options;
  options.width = EM_ASM_INT({ return window.innerWidth; });
  options.height = EM_ASM_INT({ return window.innerHeight; });
  options.size_given = true;
  options.fullscreen = false;
  // `?trace`: the desktop's --trace, into the page's memory (tests/web reads the lateness there).
  if (EM_ASM_INT({ return new URLSearchParams(location.search).has('trace') ? 1 : 0; }) != 0) {
    options.trace = kTraceFile;
  }
  g_app = std::make_unique<GuiApp>(*g_context, options);
  if (!g_app->open()) {
    EM_ASM({ Module.limberFailed('Limber could not open its window in this page (no WebGL?)'); });
    return;
  }
  EM_ASM({ Module.limberStarted(); });
  set_keyboard_app(g_app.get());
  SDL_AddEventWatch(turn_on_input, nullptr);
  turn(nullptr);
}

const char* screen_name(Screen screen) {
  switch (screen) {
    case Screen::library: return "library";
    case Screen::session: return "session";
    case Screen::summary: return "summary";
    case Screen::progress: return "progress";
    case Screen::editor: return "editor";
    case Screen::settings: return "settings";
    case Screen::rescue: return "rescue";
    case Screen::importer: return "import";
  }
  return "";
}

}  // namespace
}  // namespace limber

namespace {
// The text of the field that has the keyboard, as ImGui holds it while it is typed into.
std::string typed_text() {
  if (ImGui::GetCurrentContext() == nullptr || !ImGui::GetIO().WantTextInput) return "";
  const ImGuiInputTextState& state = ImGui::GetCurrentContext()->InputTextState;
  return state.TextAIsValid && state.TextA.Size > 0 ? std::string(state.TextA.Data) : std::string();
}
}  // namespace

// For the page's tests (tests/web), as the desktop's layout tests see the window: the showing
// screen, and every control it drew in its last frame (its whole size, and the part of it that can
// be seen and tapped: a card scrolled half out of its list shows less), in the canvas's pixels (the page's CSS pixels times the device pixel ratio).
extern "C" EMSCRIPTEN_KEEPALIVE const char* limber_drawn_items() {
  using limber::g_app;
  static std::string text;
  nlohmann::json items = nlohmann::json::array();
  if (g_app) {
    for (const auto& button : g_app->drawn_buttons()) {
      items.push_back({{"label", button.label},
                       {"x", button.visible_min.x},
                       {"y", button.visible_min.y},
                       {"w", button.visible_max.x - button.visible_min.x},
                       {"h", button.visible_max.y - button.visible_min.y},
                       {"full_w", button.max.x - button.min.x},
                       {"full_h", button.max.y - button.min.y},
                       {"question", button.question},
                       {"text_field", button.text_field}});
    }
  }
  nlohmann::json cards = nlohmann::json::array();
  if (g_app) {
    for (const auto& card : g_app->library().model().cards) cards.push_back(card.name);
  }
  // What Import said last (what it took in, and what it refused and why).
  nlohmann::json said = nlohmann::json::object({{"report", nlohmann::json::array()}, {"errors", nlohmann::json::array()}});
  if (g_app) {
    said["report"] = g_app->importer().model().report;
    said["errors"] = g_app->importer().model().errors;
    said["waiting"] = g_app->importer().model().waiting;
  }
  const ImVec2 size = g_app ? ImGui::GetIO().DisplaySize : ImVec2(0, 0);
  text = nlohmann::json{{"screen", g_app ? limber::screen_name(g_app->screen()) : ""},
                        {"frames", g_app ? g_app->frames_drawn() : 0},
                        {"steps", limber::g_steps},
                        {"longest_turn_ms", std::chrono::duration<double, std::milli>(limber::g_longest_turn).count()},
                        {"latest_timer_ms", std::chrono::duration<double, std::milli>(limber::g_latest_timer).count()},
                        {"width", size.x},
                        {"height", size.y},
                        {"saving", limber::storage_saving()},
                        {"persistent", limber::storage_is_persistent()},
                        {"typing", typed_text()},
                        {"items", items},
                        {"cards", cards},
                        {"import", said}}
             .dump();
  return text.c_str();
}

// For the page's tests: what the history in the browser's storage holds (sessions by outcome,
// diary days), read from the file as a reload would.
extern "C" EMSCRIPTEN_KEEPALIVE const char* limber_stored_history() {
  static std::string text;
  nlohmann::json counts = {{"completed", 0}, {"stopped", 0}, {"diary_days", 0}, {"error", ""}};
  if (limber::g_context && limber::g_context->data_dir) {
    auto opened = limber::open_history(*limber::g_context->data_dir, std::chrono::system_clock::now(), limber::PageCheck::skip);
    if (!opened) {
      counts["error"] = opened.error();
    } else {
      if (auto sessions = opened->store.sessions()) {
        for (const auto& session : *sessions) {
          if (session.outcome == limber::SessionOutcome::completed) counts["completed"] = counts["completed"].get<int>() + 1;
          if (session.outcome == limber::SessionOutcome::stopped) counts["stopped"] = counts["stopped"].get<int>() + 1;
        }
      }
      if (auto diary = opened->store.diary()) counts["diary_days"] = diary->size();
    }
  }
  text = counts.dump();
  return text.c_str();
}

int main() {
  limber::open_persistent_storage(limber::start);
  return 0;
}
