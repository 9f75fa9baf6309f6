// `limber pose NAME --png FILE`: a pose figure (a built-in one, or a pose file) drawn to a PNG on
// the CPU, with no display.
#include <fmt/format.h>

#include <cstdio>
#include <optional>

#include "app/cli/command_table.hpp"
#include "app/cli/commands.hpp"
#include "app/services/pose_library.hpp"
#include "core/base/text.hpp"
#include "core/base/translate.hpp"
#include "core/pose/pose_loader.hpp"
#include "platform/png_file.hpp"
#include "ui/pose_image.hpp"

namespace limber {

int command_pose(const PoseArgs& args) {
  // A pose file of one's own, to see it while writing it.
  std::optional<Pose> own;
  if (is_pose_file_name(args.name)) {
    auto loaded = load_pose_file(args.name);
    if (!loaded) {
      for (const Diagnostic& d : loaded.error()) fmt::print(stderr, "{}\n", format_diagnostic(d));
      return kExitFailure;
    }
    own = std::move(loaded.value());
  }
  const Pose* pose = own ? &*own : find_builtin_pose(args.name);
  if (pose == nullptr) {
    const auto near = closest_word(args.name, kBuiltInPoses);
    std::string names;
    for (const std::string_view name : kBuiltInPoses) names += fmt::format("{}{}", names.empty() ? "" : ", ", name);
    fmt::print(stderr, "{}", format(tr("limber: there is no pose `{0}`{1}; the poses are {2}\n"), args.name,
               near ? format(tr(" (did you mean `{0}`?)"), *near) : "", names));
    return kExitUsage;
  }
  const ThemeKind theme = args.light ? ThemeKind::light : ThemeKind::dark;
  const RgbaImage image = render_pose_image(*pose, args.hold ? pose->hold : pose->rest, args.size,
                                            PoseLook{theme, palette(theme).background, args.side == Side::left,
                                                     args.hold ? 1.0f : 0.0f});
  if (auto saved = save_rgba_png(args.png, image.width, image.height, image.pixels.data()); !saved) {
    fmt::print(stderr, "limber: {}\n", saved.error());
    return kExitFailure;
  }
  return kExitOk;
}

void add_pose_command(CommandTable& table) {
  struct Args {
    PoseArgs pose;
    std::string side = "right";
    std::string phase = "rest";
  };
  auto args = std::make_shared<Args>();
  CLI::App* pose = table.app().add_subcommand("pose", "Draw a pose figure to a PNG file (no display needed)");
  pose->add_option("NAME", args->pose.name, "A built-in pose (calf-ledge, calf-wall, ...) or a pose file (.yaml)")->required();
  pose->add_option("--side", args->side, "Which leg works: left or right (the mirror image)")
      ->check(CLI::IsMember({"left", "right"}));
  pose->add_option("--phase", args->phase, "rest or hold")->check(CLI::IsMember({"rest", "hold"}));
  pose->add_option("--size", args->pose.size, "Width and height in pixels")->check(CLI::Range(32, 4096));
  pose->add_flag("--light", args->pose.light, "The light theme's colours");
  pose->add_option("--png", args->pose.png, "The PNG file to write")->required();
  table.add(pose, [args](Invocation&) {
    args->pose.side = args->side == "left" ? Side::left : Side::right;
    args->pose.hold = args->phase == "hold";
    return command_pose(args->pose);
  });
}

}  // namespace limber
