#pragma once
// A first pass over YAML text that walks its event stream without building nodes, so hostile
// shapes are refused before yaml-cpp (or our walk of its nodes) spends time or memory on them:
// alias "bombs" that expand to billions of nodes, deep nesting, several documents in one file.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace limber {

struct YamlShapeLimits {
  std::size_t max_depth = 32;                   // a routine needs 4 levels; 32 is generous
  std::uint64_t max_expanded_nodes = 200'000;   // counting each alias as the nodes it stands for
};

struct YamlProblem {
  int line = 1;  // 1-based
  int column = 1;
  std::string message;
};

// nullopt when the text is one well-formed YAML document within the limits.
[[nodiscard]] std::optional<YamlProblem> prescan_yaml(std::string_view text, const YamlShapeLimits& limits = {});

}  // namespace limber
