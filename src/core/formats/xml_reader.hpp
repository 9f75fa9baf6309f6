#pragma once
// Reading an XML file another program wrote (Workrave's exercises), with expat: into a small tree,
// within limits that a hostile file cannot get round. Entity declarations are refused outright
// (no exercises file needs one, and they are what entity bombs and external entities are made
// of), nesting and element counts are capped, and the input's size is the caller's to cap first.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/expected.hpp"

namespace limber {

struct XmlElement {
  std::string name;
  std::map<std::string, std::string> attributes;  // "xml:lang" keeps its prefix
  std::string text;                               // the character data directly inside it
  std::vector<XmlElement> children;
  int line = 0;

  [[nodiscard]] std::vector<const XmlElement*> all(std::string_view child) const;
  [[nodiscard]] const XmlElement* first(std::string_view child) const;
  [[nodiscard]] std::string attribute(std::string_view key) const;
};

inline constexpr int kXmlMaxDepth = 64;
inline constexpr int kXmlMaxElements = 200'000;

// The document's root element, or why it cannot be read: "line 3: ...".
[[nodiscard]] Expected<XmlElement, std::string> read_xml(std::string_view text);

}  // namespace limber
