#include "core/routine/routine_field_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <span>

#include "core/base/text.hpp"
#include "core/base/translate.hpp"
#include "core/pose/pose.hpp"

namespace limber::routine_fields {

std::optional<int> parse_whole_number(std::string_view text) {
  if (text.empty() || text.size() > 9) return std::nullopt;
  int value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::string describe_kind(const YamlNode& node) {
  if (node.is_sequence()) return tr("a list");
  if (node.is_map()) return tr("a map");
  if (node.is_null()) return trc("what a value is", "empty");
  return fmt::format("`{}`", node.scalar());
}

void RoutineFieldReader::add(Position at, std::string message) {
  diagnostics_.push_back(Diagnostic{file_, at.line, at.column, std::move(message)});
}

void RoutineFieldReader::error(const YamlNode& node, std::string message) { add(position_of(node), std::move(message)); }

void RoutineFieldReader::fail(const YamlNode& node, const FieldPath& field, std::string message) {
  error(node, std::move(message));
  broken_.insert(field);
}

std::optional<StepLength> RoutineFieldReader::read_step_length(const YamlNode& duration, const FieldPath& field,
                                                               const YamlNode* at_least, const FieldPath& at_least_field) {
  if (duration.is_scalar() && trim(duration.scalar()) == "until-done") {
    StepLength length{Seconds{0}, true};
    if (at_least != nullptr) {
      const auto least = read_duration(*at_least, at_least_field);
      if (!least) return std::nullopt;
      length.duration = *least;
    }
    return length;
  }
  if (at_least != nullptr) {
    fail(*at_least, at_least_field,
         tr("`at_least` goes with `duration: until-done` only: a step of a set length has no minimum"));
  }
  const auto fixed = read_duration(duration, field);
  if (!fixed) return std::nullopt;
  return StepLength{*fixed, false};
}

void RoutineFieldReader::read_version(const YamlNode& value, const FieldPath& field) {
  const auto version = value.is_scalar() ? parse_whole_number(trim(value.scalar())) : std::nullopt;
  if (!version) {
    fail(value, field, format(tr("`limber` is the format version, a whole number: write `limber: 1`, not {0}"),
                                   describe_kind(value)));
  } else if (*version != kRoutineFormatVersion) {
    fail(value, field,
         format(tr("unsupported format version {0}: this Limber reads version {1}"), *version, kRoutineFormatVersion));
  }
}

// One of the built-in poses (core/pose/pose.hpp), a pose file next to the routine (its contents are
// for `limber check` to read), or a problem naming the nearest built-in one.
std::optional<std::string> RoutineFieldReader::read_pose_name(const YamlNode& value, const FieldPath& field) {
  auto name = read_text(value, field);
  if (!name) return std::nullopt;
  if (std::find(kBuiltInPoses.begin(), kBuiltInPoses.end(), *name) != kBuiltInPoses.end()) return name;
  if (is_pose_file_name(*name)) return name;
  const auto hint = closest_word(*name, std::span<const std::string_view>(kBuiltInPoses));
  std::string known;
  for (const std::string_view pose : kBuiltInPoses) known += fmt::format("{}{}", known.empty() ? "" : ", ", pose);
  fail(value, field,
       hint ? format(tr("there is no pose `{0}`: did you mean `{1}`?"), *name, *hint)
            : format(tr("there is no pose `{0}`; the poses are {1}"), *name, known));
  return std::nullopt;
}

// A PNG or JPEG file's path, relative to the routine file. Whether it can be read is for
// `limber check` to say: a session with a picture that is missing shows the figure instead.
std::optional<std::string> RoutineFieldReader::read_image_name(const YamlNode& value, const FieldPath& field) {
  auto name = read_text(value, field);
  if (!name) return std::nullopt;
  std::string lower = *name;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (!lower.ends_with(".png") && !lower.ends_with(".jpg") && !lower.ends_with(".jpeg")) {
    fail(value, field, format(tr("`{0}` is not a PNG or JPEG file name (.png, .jpg, .jpeg)"), *name));
    return std::nullopt;
  }
  return name;
}

std::optional<std::string> RoutineFieldReader::read_text(const YamlNode& value, const FieldPath& field) {
  if (value.is_null()) return std::string{};
  if (!value.is_scalar()) {
    fail(value, field, format(tr("`{0}` must be text, not {1}"), field.key, describe_kind(value)));
    return std::nullopt;
  }
  return value.scalar();
}

std::optional<Seconds> RoutineFieldReader::read_duration(const YamlNode& value, const FieldPath& field) {
  if (!value.is_scalar()) {
    fail(value, field, format(tr("`{0}` must be a duration like 45s or 1m30s, not {1}"), field.key, describe_kind(value)));
    return std::nullopt;
  }
  auto parsed = parse_duration(value.scalar());
  if (!parsed) {
    fail(value, field, fmt::format("`{}`: {}", field.key, parsed.error()));
    return std::nullopt;
  }
  return *parsed;
}

std::optional<int> RoutineFieldReader::read_count(const YamlNode& value, const FieldPath& field) {
  const auto number = value.is_scalar() ? parse_whole_number(trim(value.scalar())) : std::nullopt;
  if (!number) {
    fail(value, field, format(tr("`{0}` must be a whole number, not {1}"), field.key, describe_kind(value)));
  }
  return number;
}

std::optional<RepRange> RoutineFieldReader::read_reps(const YamlNode& value, const FieldPath& field) {
  if (value.is_scalar()) {
    const std::string_view text = trim(value.scalar());
    if (const auto n = parse_whole_number(text)) return RepRange{*n, *n};
    if (const auto dash = text.find('-'); dash != std::string_view::npos && dash > 0) {
      const auto low = parse_whole_number(trim(text.substr(0, dash)));
      const auto high = parse_whole_number(trim(text.substr(dash + 1)));
      if (low && high) return RepRange{*low, *high};
    }
  }
  fail(value, field,
       format(tr("`reps` must be a whole number like 6 or a range like 6-8, not {0}"), describe_kind(value)));
  return std::nullopt;
}

std::vector<std::string> RoutineFieldReader::read_tags(const YamlNode& value, const FieldPath& field) {
  std::vector<std::string> tags;
  if (value.is_null()) return tags;
  if (!value.is_sequence()) {
    fail(value, field, format(tr("`tags` must be a list like [morning, calves], not {0}"), describe_kind(value)));
    return tags;
  }
  positions_[field] = position_of(value);
  for (std::size_t i = 0; i < value.items().size(); ++i) {
    const YamlNode& tag = *value.items()[i];
    const FieldPath item{.key = "tags", .item = static_cast<int>(i)};
    positions_[item] = position_of(tag);
    if (!tag.is_scalar()) {
      fail(tag, item, format(tr("each tag must be a word, not {0}"), describe_kind(tag)));
      continue;
    }
    tags.push_back(tag.scalar());
  }
  return tags;
}

std::optional<SideOf> RoutineFieldReader::read_side_of(const YamlNode& value, const FieldPath& field) {
  const auto of = value.is_scalar() ? side_of_from_key(value.scalar()) : std::nullopt;
  if (!of) fail(value, field, format(tr("`side_of` is `leg`, `arm` or `body`, not {0}"), describe_kind(value)));
  return of;
}

std::vector<Side> RoutineFieldReader::read_sides(const YamlNode& value, const FieldPath& field) {
  std::vector<Side> sides;
  if (value.is_sequence() && value.items().empty()) {
    fail(value, field, tr("`sides` is an empty list: list `left`, `right` or both, or leave `sides` out for an "
                       "exercise not done per side"));
    return sides;
  }
  if (!value.is_sequence()) {
    fail(value, field, format(tr("`sides` must be a list of `left` and `right`, like [left, right], not {0}"),
                                   describe_kind(value)));
    return sides;
  }
  for (std::size_t i = 0; i < value.items().size(); ++i) {
    const YamlNode& entry = *value.items()[i];
    FieldPath item = field;
    item.item = static_cast<int>(i);
    positions_[item] = position_of(entry);
    const auto side = entry.is_scalar() ? side_from_key(entry.scalar()) : std::nullopt;
    if (!side) {
      fail(entry, item, format(tr("a side is `left` or `right`, not {0}"), describe_kind(entry)));
      continue;
    }
    sides.push_back(*side);
  }
  if (sides.size() > 2) fail(value, field, tr("`sides` lists more than two sides"));
  return sides;
}

Position RoutineFieldReader::locate(FieldPath field) const {
  for (;;) {
    if (const auto found = positions_.find(field); found != positions_.end()) return found->second;
    if (field.item >= 0) {
      field.item = -1;
    } else if (!field.key.empty()) {
      field.key.clear();
    } else if (field.phase >= 0) {
      field.phase = -1;
    } else if (field.exercise >= 0) {
      field.exercise = -1;
    } else {
      return Position{};
    }
  }
}

}  // namespace limber::routine_fields
