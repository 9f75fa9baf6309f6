#include "core/pose/pose_loader.hpp"

#include <fmt/format.h>

#include <cmath>
#include <functional>
#include <map>

#include "core/base/text.hpp"
#include "core/base/translate.hpp"
#include "core/formats/small_file.hpp"
#include "core/formats/yaml_reader.hpp"
#include "core/pose/pose_figure.hpp"

namespace limber {
namespace {

constexpr int kPoseFormatVersion = 1;

class PoseReader {
 public:
  PoseReader(std::string_view file) : file_(file) {}

  void problem(const YamlNode& at, std::string message) {
    problems_.push_back(Diagnostic{file_, at.line(), at.column(), std::move(message)});
  }
  [[nodiscard]] Diagnostics take_problems() { return std::move(problems_); }
  [[nodiscard]] bool ok() const { return problems_.empty(); }

  std::optional<double> number(const YamlNode& node, std::string_view what, double low, double high) {
    if (!node.is_scalar()) {
      problem(node, format(tr("{0} must be a number"), what));
      return std::nullopt;
    }
    char* end = nullptr;
    const double value = std::strtod(node.scalar().c_str(), &end);
    if (end == node.scalar().c_str() || *end != '\0' || !std::isfinite(value)) {
      problem(node, format(tr("{0} must be a number, not `{1}`"), what, node.scalar()));
      return std::nullopt;
    }
    if (value < low || value > high) {
      problem(node, format(tr("{0} must be from {1} to {2}, not {3}"), what, low, high, node.scalar()));
      return std::nullopt;
    }
    return value;
  }

  std::optional<Point2> point(const YamlNode& node, std::string_view what) {
    if (!node.is_sequence() || node.items().size() != 2) {
      problem(node, format(tr("{0} must be a point, [x, y] in body heights"), what));
      return std::nullopt;
    }
    const auto x = number(*node.items()[0], fmt::format("{}'s x", what), -1, 3);
    const auto y = number(*node.items()[1], fmt::format("{}'s y", what), 0, 2);
    if (!x || !y) return std::nullopt;
    return Point2{*x, *y};
  }

  // Calls `on_key` for each pair; a key it does not know is a problem naming the nearest it does.
  void each_key(const YamlNode& map, std::string_view what, const std::vector<std::string_view>& known,
                const std::function<void(std::string_view, const YamlNode&)>& on_key) {
    if (!map.is_map()) {
      problem(map, format(tr("{0} must be a map of keys"), what));
      return;
    }
    std::vector<std::string> seen;
    for (const auto& [key, value] : map.pairs()) {
      const std::string& name = key->scalar();
      if (std::find(known.begin(), known.end(), name) == known.end()) {
        const auto near = closest_word(name, known);
        problem(*key, format(tr("{0} has no key `{1}`{2}"), what, name, near ? format(tr(" (did you mean `{0}`?)"), *near) : ""));
        continue;
      }
      if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
        problem(*key, format(tr("`{0}` is given twice"), name));
        continue;
      }
      seen.push_back(name);
      on_key(name, *value);
    }
  }

  void state(const YamlNode& map, std::string_view what, PoseState& out) {
    static const std::vector<std::string_view> kKeys = {"hips",      "lean",      "head",     "chest",     "near_ankle",
                                                        "near_foot", "far_ankle", "far_foot", "near_hand", "far_hand"};
    each_key(map, what, kKeys, [&](std::string_view key, const YamlNode& value) {
      const std::string name = fmt::format("{}'s {}", what, key);
      const auto set_point = [&](Point2& p) {
        if (auto v = point(value, name)) p = *v;
      };
      const auto set_number = [&](double& d, double low, double high) {
        if (auto v = number(value, name, low, high)) d = *v;
      };
      if (key == "hips") set_point(out.hips);
      if (key == "lean") set_number(out.lean, -180, 180);
      if (key == "head") set_number(out.head, -90, 90);
      if (key == "chest") set_number(out.chest, 0.8, 1.4);
      if (key == "near_ankle") set_point(out.near_ankle);
      if (key == "near_foot") set_number(out.near_foot, -90, 90);
      if (key == "far_ankle") set_point(out.far_ankle);
      if (key == "far_foot") set_number(out.far_foot, -90, 90);
      if (key == "near_hand") set_point(out.near_hand);
      if (key == "far_hand") set_point(out.far_hand);
    });
  }

  // A hand or foot placed beyond the limb's reach would pull the figure apart: it is a mistake
  // in the file, said where the position is.
  void check_reach(const YamlNode& at, std::string_view what, const PoseState& s) {
    using Body = BodyProportions;
    const Figure f = solve_figure(s);
    const auto gap = [](Point2 from, Point2 to, double reach) { return std::hypot(to.x - from.x, to.y - from.y) - reach; };
    const std::pair<const char*, double> limbs[] = {
        {"near_ankle", gap(s.hips, s.near_ankle, Body::thigh + Body::shin)},
        {"far_ankle", gap(s.hips, s.far_ankle, Body::thigh + Body::shin)},
        {"near_hand", gap(f.shoulders, s.near_hand, Body::upper_arm + Body::forearm)},
        {"far_hand", gap(f.shoulders, s.far_hand, Body::upper_arm + Body::forearm)},
    };
    for (const auto& [limb, beyond] : limbs) {
      if (beyond > 0.01) problem(at, format(tr("{0}: the {1} is {2:.2f} beyond the limb's reach"), what, limb, beyond));
    }
  }

  Prop prop(const YamlNode& map) {
    Prop out;
    static const std::vector<std::string_view> kKeys = {"kind", "x", "width", "height"};
    bool has_kind = false;
    each_key(map, "a prop", kKeys, [&](std::string_view key, const YamlNode& value) {
      if (key == "kind") {
        has_kind = true;
        std::vector<std::string_view> kinds;
        for (PropKind k : {PropKind::wall, PropKind::books, PropKind::step, PropKind::chair, PropKind::mat, PropKind::towel}) {
          kinds.push_back(prop_key(k));
        }
        if (const auto kind = prop_from_key(value.scalar()); kind && value.is_scalar()) {
          out.kind = *kind;
        } else {
          const auto near = closest_word(value.scalar(), kinds);
          problem(value, format(tr("there is no prop `{0}`{1}"), value.scalar(),
                                     near ? format(tr(" (did you mean `{0}`?)"), *near) : " (wall, books, step, chair, mat, towel)"));
        }
      }
      if (key == "x") out.x = number(value, "a prop's x", -1, 3).value_or(0);
      if (key == "width") out.width = number(value, "a prop's width", 0, 2).value_or(0);
      if (key == "height") out.height = number(value, "a prop's height", 0, 1).value_or(0);
    });
    if (!has_kind && map.is_map()) problem(map, "a prop needs a `kind`");
    return out;
  }

 private:
  std::string file_;
  Diagnostics problems_;
};

}  // namespace

PoseResult parse_pose(std::string_view text, std::string_view name, std::string_view file_name) {
  auto document = read_yaml(text);
  if (!document) {
    return Unexpected{Diagnostics{{std::string(file_name), document.error().line, document.error().column,
                                   document.error().message}}};
  }
  PoseReader reader(file_name);
  Pose pose;
  pose.name = std::string(name);
  const YamlNode& root = document->root();
  const YamlNode* rest = nullptr;
  const YamlNode* hold = nullptr;
  bool has_version = false;
  static const std::vector<std::string_view> kKeys = {"limber_pose", "description", "stretches", "props", "rest", "hold"};
  reader.each_key(root, "a pose", kKeys, [&](std::string_view key, const YamlNode& value) {
    if (key == "limber_pose") {
      has_version = true;
      if (value.scalar() != std::to_string(kPoseFormatVersion)) {
        reader.problem(value, format(tr("this Limber reads pose format {0}, not `{1}`"), kPoseFormatVersion, value.scalar()));
      }
    }
    if (key == "description") {
      if (!value.is_scalar() || value.scalar().empty()) reader.problem(value, "`description` must be text");
      pose.description = value.scalar();
    }
    if (key == "stretches") {
      if (value.scalar() == "calf") {
        pose.stretches = Muscle::calf;
      } else if (value.scalar() == "hamstring") {
        pose.stretches = Muscle::hamstring;
      } else if (value.scalar() == "none") {
        pose.stretches = Muscle::none;
      } else {
        reader.problem(value, format(tr("`stretches` is calf, hamstring or none, not `{0}`"), value.scalar()));
      }
    }
    if (key == "props") {
      if (!value.is_sequence()) {
        reader.problem(value, "`props` must be a list");
      } else {
        for (const YamlNode* item : value.items()) pose.props.push_back(reader.prop(*item));
      }
    }
    if (key == "rest") rest = &value;
    if (key == "hold") hold = &value;
  });
  if (root.is_map()) {
    if (!has_version) reader.problem(root, "a pose file starts with `limber_pose: 1`");
    if (rest == nullptr) reader.problem(root, "a pose needs its `rest` position");
    if (hold == nullptr) reader.problem(root, "a pose needs its `hold` position");
  }
  if (rest != nullptr) {
    reader.state(*rest, "rest", pose.rest);
    pose.hold = pose.rest;  // what `hold` does not say stays where it was
  }
  if (hold != nullptr) reader.state(*hold, "hold", pose.hold);
  if (reader.ok() && rest != nullptr && hold != nullptr) {
    reader.check_reach(*rest, "rest", pose.rest);
    reader.check_reach(*hold, "hold", pose.hold);
  }
  if (!reader.ok()) return Unexpected{reader.take_problems()};
  return pose;
}

PoseResult load_pose_file(const std::filesystem::path& path) {
  const auto text = read_small_file(path, kMaxPoseFileBytes, tr("a pose file"));
  if (!text) return Unexpected{Diagnostics{{path.string(), 1, 1, text.error()}}};
  return parse_pose(*text, path.stem().string(), path.string());
}

}  // namespace limber
