#pragma once
// Reads YAML text into a small read-only tree, in one pass over yaml-cpp's event stream, refusing
// hostile shapes before they cost time or memory: alias "bombs" that expand to billions of values,
// deep nesting, more than one document. (yaml-cpp's own Node tree costs as much again to build and
// has none of these guards.)

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/base/expected.hpp"

namespace limber {

struct YamlShapeLimits {
  std::size_t max_depth = 32;                  // a routine needs 4 levels; 32 is generous
  std::uint64_t max_expanded_nodes = 200'000;  // counting each alias as the nodes it stands for
};

struct YamlProblem {
  int line = 1;  // 1-based
  int column = 1;
  std::string message;
};

class YamlNode {
 public:
  enum class Type { null, scalar, sequence, map };

  [[nodiscard]] Type type() const { return type_; }
  [[nodiscard]] bool is_null() const { return type_ == Type::null; }
  [[nodiscard]] bool is_scalar() const { return type_ == Type::scalar; }
  [[nodiscard]] bool is_sequence() const { return type_ == Type::sequence; }
  [[nodiscard]] bool is_map() const { return type_ == Type::map; }
  [[nodiscard]] const std::string& scalar() const { return scalar_; }
  [[nodiscard]] int line() const { return line_; }  // 1-based
  [[nodiscard]] int column() const { return column_; }

  // A sequence's items.
  [[nodiscard]] const std::vector<const YamlNode*>& items() const { return items_; }
  // A map's key/value pairs in file order, repeated keys included.
  [[nodiscard]] const std::vector<std::pair<const YamlNode*, const YamlNode*>>& pairs() const { return pairs_; }

 private:
  friend class YamlTreeBuilder;
  Type type_ = Type::null;
  std::string scalar_;
  int line_ = 1;
  int column_ = 1;
  std::vector<const YamlNode*> items_;
  std::vector<std::pair<const YamlNode*, const YamlNode*>> pairs_;
};

// Owns the nodes; an alias is the very node its anchor names.
class YamlDocument {
 public:
  YamlDocument() = default;
  // Nodes point at each other: a copy would point into the original. Moving keeps them (a deque
  // never moves its elements).
  YamlDocument(const YamlDocument&) = delete;
  YamlDocument& operator=(const YamlDocument&) = delete;
  YamlDocument(YamlDocument&&) noexcept = default;
  YamlDocument& operator=(YamlDocument&&) noexcept = default;
  ~YamlDocument() = default;

  [[nodiscard]] bool empty() const { return root_ == nullptr; }
  [[nodiscard]] const YamlNode& root() const { return *root_; }

 private:
  friend class YamlTreeBuilder;
  std::deque<YamlNode> nodes_;
  const YamlNode* root_ = nullptr;
};

// The document, or the first problem: a syntax error, a limit exceeded, an empty file or a second document.
[[nodiscard]] Expected<YamlDocument, YamlProblem> read_yaml(std::string_view text, const YamlShapeLimits& limits = {});

// Whether a YAML text holds comments (which saving it from the editor would drop).
[[nodiscard]] bool has_yaml_comments(std::string_view text);

}  // namespace limber
