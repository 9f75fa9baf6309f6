#include "core/formats/yaml_reader.hpp"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <sstream>
#include <unordered_map>

#include "core/base/translate.hpp"

namespace limber {
namespace {

// Thrown from inside the parser's callbacks to stop it at the first sign of trouble.
struct StopReading {
  YamlProblem problem;
};

YamlProblem problem_at(const YAML::Mark& mark, std::string message) {
  if (mark.is_null()) return YamlProblem{1, 1, std::move(message)};
  return YamlProblem{mark.line + 1, mark.column + 1, std::move(message)};
}

// YAML forbids tabs for indentation, and yaml-cpp's message for them ("illegal block entry")
// does not say so: tell the user when the failing line is indented with a tab.
bool indented_with_tab(std::string_view text, int line_index) {
  std::size_t start = 0;
  for (int line = 0; line < line_index; ++line) {
    start = text.find('\n', start);
    if (start == std::string_view::npos) return false;
    ++start;
  }
  for (std::size_t i = start; i < text.size() && (text[i] == ' ' || text[i] == '\t'); ++i) {
    if (text[i] == '\t') return true;
  }
  return false;
}

// Stops at the start of a second document, remembering where it is.
class SecondDocumentFinder final : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark& mark) override {
    throw StopReading{problem_at(mark, tr("the file holds more than one YAML document (a second `---`); a routine "
                                       "file holds exactly one"))};
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};


// Flow collections opened and not closed ("[[[[..."), counted before yaml-cpp reads anything:
// its scanner keeps a token for each, so a megabyte of "[" costs it hundreds of megabytes before
// its own depth check fires. Quoted text and comments are skipped; the first bracket deeper than
// `max_depth` is the problem's place.
std::optional<YamlProblem> flow_too_deep(std::string_view text, std::size_t max_depth) {
  std::size_t depth = 0;
  int line = 1;
  int column = 0;
  char quote = 0;
  bool comment = false;
  char previous = '\n';
  for (const char c : text) {
    ++column;
    if (c == '\n') {
      ++line;
      column = 0;
      comment = false;
      if (quote == '\'') quote = 0;  // a plain line ends a single-quoted word no YAML would span
    } else if (comment) {
    } else if (quote != 0) {
      if (c == quote && !(quote == '"' && previous == '\\')) quote = 0;
    } else if (c == '#' && (previous == ' ' || previous == '\t' || previous == '\n')) {
      comment = true;
    } else if ((c == '"' || c == '\'') && (previous == ' ' || previous == '\n' || previous == '[' || previous == '{' ||
                                           previous == ',' || previous == ':')) {
      quote = c;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) {
        return YamlProblem{line, column,
                           format(tr("the YAML is nested more than {0} levels deep; a routine needs only a few"), max_depth)};
      }
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
    previous = c;
  }
  return std::nullopt;
}

}  // namespace

// Builds the tree from parser events, counting nodes as if every alias were expanded.
class YamlTreeBuilder final : public YAML::EventHandler {
 public:
  YamlTreeBuilder(YamlDocument& document, const YamlShapeLimits& limits) : document_(document), limits_(limits) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    finish(make(mark, YamlNode::Type::null), anchor, mark);
  }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, const std::string& value) override {
    YamlNode& node = make(mark, YamlNode::Type::scalar);
    node.scalar_ = value;
    finish(node, anchor, mark);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const auto found = anchored_.find(anchor);
    if (found == anchored_.end()) {
      throw StopReading{problem_at(mark, tr("an alias names an anchor that is not defined before it"))};
    }
    count(mark, found->second.size);
    attach(*found->second.node);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(make(mark, YamlNode::Type::sequence), anchor, mark);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
    open(make(mark, YamlNode::Type::map), anchor, mark);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Open {
    YamlNode* node;
    YAML::anchor_t anchor;
    std::uint64_t size;  // expanded nodes inside, itself included
    const YamlNode* pending_key;
  };
  struct Anchored {
    const YamlNode* node;
    std::uint64_t size;
  };

  YamlNode& make(const YAML::Mark& mark, YamlNode::Type type) {
    YamlNode& node = document_.nodes_.emplace_back();
    node.type_ = type;
    if (!mark.is_null()) {
      node.line_ = mark.line + 1;
      node.column_ = mark.column + 1;
    }
    return node;
  }

  void finish(const YamlNode& node, YAML::anchor_t anchor, const YAML::Mark& mark) {
    if (anchor != YAML::NullAnchor) anchored_[anchor] = {&node, 1};
    count(mark, 1);
    attach(node);
  }

  // Puts a finished node into its parent (or makes it the root).
  void attach(const YamlNode& node) {
    if (stack_.empty()) {
      document_.root_ = &node;
      return;
    }
    Open& parent = stack_.back();
    if (parent.node->type_ == YamlNode::Type::sequence) {
      parent.node->items_.push_back(&node);
    } else if (parent.pending_key == nullptr) {
      parent.pending_key = &node;
    } else {
      parent.node->pairs_.emplace_back(parent.pending_key, &node);
      parent.pending_key = nullptr;
    }
  }

  void open(YamlNode& node, YAML::anchor_t anchor, const YAML::Mark& mark) {
    if (stack_.size() >= limits_.max_depth) {
      throw StopReading{problem_at(
          mark, format(tr("the YAML is nested more than {0} levels deep; a routine needs only a few"), limits_.max_depth))};
    }
    check_expanded(mark, 1);  // the parent counts it in full when it closes
    stack_.push_back(Open{&node, anchor, 1, nullptr});
  }

  void close() {
    const Open done = stack_.back();
    stack_.pop_back();
    if (done.anchor != YAML::NullAnchor) anchored_[done.anchor] = {done.node, done.size};
    if (!stack_.empty()) stack_.back().size += done.size;
    attach(*done.node);
  }

  void count(const YAML::Mark& mark, std::uint64_t size) {
    if (!stack_.empty()) stack_.back().size += size;
    check_expanded(mark, size);
  }

  void check_expanded(const YAML::Mark& mark, std::uint64_t size) {
    expanded_ += size;
    if (expanded_ > limits_.max_expanded_nodes) {
      throw StopReading{problem_at(mark, format(tr("the YAML's aliases expand to more than {0} values (an \"alias "
                                                     "bomb\"); write the routine out without `*` aliases"),
                                                     limits_.max_expanded_nodes))};
    }
  }

  YamlDocument& document_;
  const YamlShapeLimits& limits_;
  std::vector<Open> stack_;
  std::unordered_map<YAML::anchor_t, Anchored> anchored_;
  std::uint64_t expanded_ = 0;
};

Expected<YamlDocument, YamlProblem> read_yaml(std::string_view text, const YamlShapeLimits& limits) {
  if (auto deep = flow_too_deep(text, limits.max_depth)) return Unexpected{std::move(*deep)};
  std::istringstream stream{std::string(text)};
  YamlDocument document;
  try {
    YAML::Parser parser(stream);
    YamlTreeBuilder builder(document, limits);
    if (!parser.HandleNextDocument(builder) || document.empty()) {
      return Unexpected{YamlProblem{1, 1, tr("the file is empty")}};
    }
    // Asked once more only: looping over documents is what makes yaml-cpp 0.7's LoadAll run
    // out of memory on some inputs (upstream #1040).
    SecondDocumentFinder second;
    (void)parser.HandleNextDocument(second);
  } catch (const StopReading& stop) {
    return Unexpected{stop.problem};
  } catch (const YAML::DeepRecursion& e) {
    return Unexpected{problem_at(e.mark, tr("the YAML is nested too deeply to read"))};
  } catch (const YAML::Exception& e) {
    const bool tab = !e.mark.is_null() && indented_with_tab(text, e.mark.line);
    return Unexpected{
        problem_at(e.mark, format(tr("YAML syntax error: {0}{1}"), e.msg, tab ? tr(" (indent with spaces, not tabs)") : ""))};
  } catch (const std::exception& e) {
    return Unexpected{YamlProblem{1, 1, format(tr("the YAML could not be read: {0}"), e.what())}};
  }
  return document;  // moved, never copied (the copy constructor is deleted)
}

bool has_yaml_comments(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    char quote = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
      const char c = line[i];
      if (quote != 0) {
        if (c == quote) quote = 0;
        continue;
      }
      if ((c == '"' || c == '\'') && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '[' || line[i - 1] == '{' || line[i - 1] == ',')) {
        quote = c;
      } else if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
        return true;
      }
    }
    start = end + 1;
  }
  return false;
}

}  // namespace limber
