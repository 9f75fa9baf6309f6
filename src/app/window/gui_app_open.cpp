// The shell's start: the settings, how the window draws, the window and its fonts, the trace
// and the (still closed) sound device, the history and the folder watches, the first screen.
// Nothing the first frame does not need happens before it (docs/performance.md).
#include <fmt/format.h>
#include <imgui.h>

#include <cmath>
#include <future>

#include "app/window/gui_app.hpp"
#include "app/window/render_path.hpp"
#include "app/services/sound_sets.hpp"
#include "core/base/translate.hpp"
#include "platform/desktop_theme.hpp"
#include "platform/fonts.hpp"
#include "platform/paths.hpp"
#include "platform/screen_awake.hpp"
#include "platform/threads.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace limber {
namespace {

ViewFonts view_fonts(const FontSet& loaded) {
  return ViewFonts{loaded.body, loaded.large, loaded.heading, loaded.title, loaded.huge, loaded.body_px, loaded.from_file};
}

}  // namespace

bool GuiApp::open() {
  services_.config_dir = resolve_config_dir();
  AppSettings& settings = services_.settings;
  LoadedSettings loaded = read_settings(services_.config_dir);
  for (const std::string& problem : loaded.problems) fmt::print(stderr, "limber: {}\n", problem);
  // Shown in Settings until a save goes through.
  if (!loaded.problems.empty()) services_.settings_problem = loaded.problems.front();
  settings = std::move(loaded.settings);
  if (settings.theme_follows_desktop) {
    if (const auto scheme = desktop_colour_scheme()) settings.theme = *scheme == DesktopScheme::dark ? ThemeKind::dark : ThemeKind::light;
  }
  startup_.mark("settings");
  // --fullscreen, --windowed and --volume are for this time only: the settings keep what the user
  // chose in the window (F11, the buttons), and only that is saved.
  WindowOptions window_options{.width = options_.width,
                               .height = options_.height,
                               .fit_display = !options_.size_given,
                               .fullscreen = options_.fullscreen.value_or(settings.fullscreen)};
  if (services_.config_dir) {
    std::error_code ec;
    std::filesystem::create_directories(*services_.config_dir, ec);
    if (!ec) window_options.imgui_ini_path = (*services_.config_dir / "imgui.ini").string();
  }
  // Before any other thread starts: asking OpenGL forks a child, and a child forked while another
  // thread holds a lock (the allocator's, under ASan) can wait for it for ever.
  render_decision_ = choose_render_path(options_.renderer.value_or(settings.renderer));
  window_options.render_path = render_decision_.path;
  startup_.mark("renderer");
  // The fonts are rasterised on the other core while the window opens, when its size is known
  // beforehand (full screen learns it from the window).
  std::future<BuiltFonts> early_fonts;
  std::optional<FontPixels> early_pixels;
  if (!window_options.fullscreen) {
    early_fonts = in_background([px = body_pixels_for(options_.width, options_.height)] { return build_fonts(px); });
  }
  window_options.font_atlas = [&]() -> std::unique_ptr<ImFontAtlas> {
    if (!early_fonts.valid()) return nullptr;
    BuiltFonts built = early_fonts.get();
    fonts_ = view_fonts(built.fonts);
    early_pixels = std::move(built.pixels);
    return std::move(built.atlas);
  };
  auto window = AppWindow::open(window_options);
  if (!window) {
    no_display_ = window.error() == kNoDisplayError;
    if (!no_display_) {
      fmt::print(stderr, "{}", format(tr("limber: {0}; `limber run ROUTINE --headless` runs a session in the terminal.\n"),
                 window.error()));
    }
    return false;
  }
  window_ = std::move(window.value());
  services_.renderer = window_->renderer();
  startup_.mark("window");
  keep_screen_awake(false);  // SDL turns it off by default; only a running session needs the screen awake
  if (early_pixels) {
    window_->refresh_font_texture(&*early_pixels);
    apply_style(services_.theme(), fonts_.body_px, touch_.seen());
  }
  update_fonts_if_needed();  // full screen, or a window the desktop made another size
  startup_.mark("fonts");

  if (!options_.trace.empty()) {
    auto trace = TraceWriter::open(options_.trace);
    if (!trace) {
      fmt::print(stderr, "limber: {}\n", trace.error());
      return false;
    }
    services_.trace = std::move(trace.value());
    if (options_.mute) services_.trace->audio(std::nullopt, true);
  }
  // Nothing audio runs until a session starts (sound_device.hpp).
  services_.sound = std::make_unique<SoundDevice>(
      options_.mute,
      AudioSettings{.cue_sound_folder = choose_sound_set(settings.sound_set, context_.data_dir).folder,
                    .volume = static_cast<float>(options_.volume.value_or(settings.volume)) / 100.0f,
                    .muted = settings.muted},
      services_.clock, services_.trace.get());
  services_.volume_this_run = options_.volume;
  services_.history.open(context_.data_dir, context_.sync_dir, services_.wall.now());
  startup_.mark("history");
  std::vector<std::filesystem::path> routine_folders;
  for (const RoutineFolder& folder : context_.routine_folders()) routine_folders.push_back(folder.path);
  folder_events_.start(routine_folders, context_.sync_dir);
  startup_.mark("watches");
  if (options_.quit_after_seconds) {
    quit_at_ = services_.clock.now() + Nanos{static_cast<std::int64_t>(*options_.quit_after_seconds * 1e9)};
  }
  show(Screen::library);
  startup_.mark("library");
  open_first_screen();
  return !quit_;
}

void GuiApp::update_fonts_if_needed() {
  set_pixels_per_point(window_->pixels_per_point());
  const float wanted = body_pixels_for(window_->width(), window_->height(), pixels_per_point());
  if (fonts_.body != nullptr && std::abs(wanted - fonts_.body_px) < fonts_.body_px * 0.08f) return;
  fonts_ = view_fonts(load_fonts(wanted));
  window_->refresh_font_texture();
  apply_style(services_.theme(), fonts_.body_px, touch_.seen());
}

}  // namespace limber
