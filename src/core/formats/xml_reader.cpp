#include "core/formats/xml_reader.hpp"

// Debian's expat is built with DTD support; the header declares its DTD-only calls (the entity
// amplification limits) only when told so.
#ifndef XML_DTD
#define XML_DTD 1
#endif
#include <expat.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <memory>

#include "core/base/translate.hpp"

namespace limber {

std::vector<const XmlElement*> XmlElement::all(std::string_view child) const {
  std::vector<const XmlElement*> out;
  for (const XmlElement& c : children) {
    if (c.name == child) out.push_back(&c);
  }
  return out;
}

const XmlElement* XmlElement::first(std::string_view child) const {
  for (const XmlElement& c : children) {
    if (c.name == child) return &c;
  }
  return nullptr;
}

std::string XmlElement::attribute(std::string_view key) const {
  const auto found = attributes.find(std::string(key));
  return found == attributes.end() ? std::string() : found->second;
}

namespace {

struct ParserDeleter {
  void operator()(XML_ParserStruct* p) const { XML_ParserFree(p); }
};

struct Builder {
  XML_Parser parser = nullptr;
  XmlElement root;
  std::vector<XmlElement*> open;  // the path from the root to the element being read
  int elements = 0;
  bool have_root = false;
  std::string refused;  // why the parser was stopped

  void stop(std::string why) {
    if (refused.empty()) refused = std::move(why);
    XML_StopParser(parser, XML_FALSE);
  }
};

void on_start(void* data, const XML_Char* name, const XML_Char** attributes) {
  auto& b = *static_cast<Builder*>(data);
  if (static_cast<int>(b.open.size()) >= kXmlMaxDepth) {
    return b.stop(format(tr("it is nested more than {0} elements deep"), kXmlMaxDepth));
  }
  if (++b.elements > kXmlMaxElements) return b.stop(format(tr("it has more than {0} elements"), kXmlMaxElements));
  XmlElement* element = nullptr;
  if (b.open.empty()) {
    b.have_root = true;
    element = &b.root;
  } else {
    element = &b.open.back()->children.emplace_back();
  }
  element->name = name;
  element->line = static_cast<int>(XML_GetCurrentLineNumber(b.parser));
  for (const XML_Char** a = attributes; *a != nullptr; a += 2) element->attributes[a[0]] = a[1];
  b.open.push_back(element);
}

void on_end(void* data, const XML_Char* /*name*/) {
  auto& b = *static_cast<Builder*>(data);
  if (!b.open.empty()) b.open.pop_back();
}

void on_text(void* data, const XML_Char* text, int length) {
  auto& b = *static_cast<Builder*>(data);
  if (!b.open.empty()) b.open.back()->text.append(text, static_cast<std::size_t>(length));
}

// Any entity declaration, internal or external, general or parameter.
void on_entity(void* data, const XML_Char* name, int /*is_parameter*/, const XML_Char* /*value*/, int /*length*/,
               const XML_Char* /*base*/, const XML_Char* /*system_id*/, const XML_Char* /*public_id*/,
               const XML_Char* /*notation*/) {
  auto& b = *static_cast<Builder*>(data);
  b.stop(format(tr("it declares an entity (`{0}`), which an exercises file never needs; entities are how XML bombs "
                   "and outside files get in"),
                name));
}

}  // namespace

Expected<XmlElement, std::string> read_xml(std::string_view text) {
  std::unique_ptr<XML_ParserStruct, ParserDeleter> parser(XML_ParserCreate("UTF-8"));
  if (!parser) return Unexpected{std::string(tr("out of memory"))};
  Builder b;
  b.parser = parser.get();
  XML_SetUserData(parser.get(), &b);
  XML_SetElementHandler(parser.get(), on_start, on_end);
  XML_SetCharacterDataHandler(parser.get(), on_text);
  XML_SetEntityDeclHandler(parser.get(), on_entity);
  // Nothing from outside the file: no external DTD, no parameter entities.
  XML_SetParamEntityParsing(parser.get(), XML_PARAM_ENTITY_PARSING_NEVER);
  // A second line of defence, should a declaration slip past the handler.
  XML_SetBillionLaughsAttackProtectionMaximumAmplification(parser.get(), 10.0f);
  XML_SetBillionLaughsAttackProtectionActivationThreshold(parser.get(), 1'000'000);
  const auto length = static_cast<int>(std::min<std::size_t>(text.size(), static_cast<std::size_t>(INT32_MAX)));
  if (XML_Parse(parser.get(), text.data(), length, XML_TRUE) != XML_STATUS_OK) {
    const auto line = XML_GetCurrentLineNumber(parser.get());
    const std::string why = !b.refused.empty() ? b.refused : XML_ErrorString(XML_GetErrorCode(parser.get()));
    return Unexpected{format(tr("line {0}: {1}"), static_cast<long>(line), why)};
  }
  if (!b.have_root) return Unexpected{std::string(tr("it holds no XML element"))};
  return std::move(b.root);
}

}  // namespace limber
