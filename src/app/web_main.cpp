// The browser build's entry: the same window as the desktop's `limber`, opened on the library in
// the page's canvas, after the browser's storage has been read in. The browser owns the loop: each
// animation frame is one GuiApp::step, which never waits (a page must not block its thread).

#include <emscripten.h>
#include <imgui.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <memory>
#include <string>

#include "app/services/app_context.hpp"
#include "app/services/settings_store.hpp"
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

// What changed reaches IndexedDB at most half a second later: whatever a frame did (a diary tap,
// a session's phase written by the recorder, a setting) is in the storage by the next save.
constexpr auto kSaveEvery = std::chrono::milliseconds{500};
constexpr const char* kTraceFile = "/tmp/limber-trace.jsonl";

void step() {
  if (!g_app->step(Nanos{0})) {
    save_persistent_storage();
    emscripten_cancel_main_loop();
    return;
  }
  const auto now = std::chrono::steady_clock::now();
  if (g_app->frames_drawn() != g_frames_saved && now - g_last_save >= kSaveEvery) {
    g_frames_saved = g_app->frames_drawn();
    g_last_save = now;
    save_persistent_storage();
  }
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
  emscripten_set_main_loop(step, 0, false);
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

// For the page's tests (tests/web), as the desktop's layout tests see the window: the showing
// screen, and every control it drew in its last frame with the part of it that can be seen and
// tapped, in the canvas's pixels (the page's CSS pixels times the device pixel ratio).
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
                       {"question", button.question}});
    }
  }
  const ImVec2 size = g_app ? ImGui::GetIO().DisplaySize : ImVec2(0, 0);
  text = nlohmann::json{{"screen", g_app ? limber::screen_name(g_app->screen()) : ""},
                        {"frames", g_app ? g_app->frames_drawn() : 0},
                        {"width", size.x},
                        {"height", size.y},
                        {"saving", limber::storage_saving()},
                        {"persistent", limber::storage_is_persistent()},
                        {"items", items}}
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
