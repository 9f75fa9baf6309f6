#include "app/window/render_path.hpp"

#include "platform/gl_probe.hpp"
#include "platform/paths.hpp"

namespace limber {
namespace {

// llvmpipe answers in about 150 ms here; a driver that hangs must not hang the app's start. Under
// ThreadSanitizer, Mesa's start in the probe's child (every lock intercepted) takes seconds.
#if defined(__SANITIZE_THREAD__)
constexpr std::chrono::seconds kProbeLimit{15};
#else
constexpr std::chrono::seconds kProbeLimit{3};
#endif

}  // namespace

RenderDecision choose_render_path(RendererChoice choice) {
  if (choice != RendererChoice::automatic) return decide_render_path(choice, std::nullopt);
  const auto cache_dir = resolve_cache_dir();
  const std::string identity = opengl_identity();
  if (auto cached = cached_opengl_renderer(cache_dir, identity)) return decide_render_path(choice, cached);
  auto probed = probe_opengl_renderer(kProbeLimit);
  if (!probed) {
    RenderDecision decision = decide_render_path(choice, std::nullopt);
    decision.why = "OpenGL could not be asked: " + probed.error();
    return decision;
  }
  cache_opengl_renderer(cache_dir, identity, *probed);
  return decide_render_path(choice, *probed);
}

}  // namespace limber
