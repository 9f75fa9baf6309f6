#include "core/yaml_prescan.hpp"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <sstream>
#include <unordered_map>
#include <vector>

namespace limber {
namespace {

// Thrown from inside the parser's callbacks to stop it at the first sign of trouble.
struct StopScan {
  YamlProblem problem;
};

YamlProblem problem_at(const YAML::Mark& mark, std::string message) {
  if (mark.is_null()) return YamlProblem{1, 1, std::move(message)};
  return YamlProblem{mark.line + 1, mark.column + 1, std::move(message)};
}

// Counts nodes as if every alias were expanded, without expanding anything.
class ShapeCounter final : public YAML::EventHandler {
 public:
  explicit ShapeCounter(const YamlShapeLimits& limits) : limits_(limits) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { leaf(mark, anchor); }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, const std::string&) override {
    leaf(mark, anchor);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const auto found = anchored_sizes_.find(anchor);
    add(mark, found == anchored_sizes_.end() ? 1 : found->second);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, anchor);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
    open(mark, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Open {
    YAML::anchor_t anchor;
    std::uint64_t size;
    YAML::Mark mark;
  };

  void leaf(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) anchored_sizes_[anchor] = 1;
    add(mark, 1);
  }

  void open(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (stack_.size() >= limits_.max_depth) {
      throw StopScan{problem_at(mark, fmt::format("the YAML is nested more than {} levels deep; a routine needs "
                                                  "only a few",
                                                  limits_.max_depth))};
    }
    stack_.push_back(Open{anchor, 1, mark});
  }

  void close() {
    const Open done = stack_.back();
    stack_.pop_back();
    if (done.anchor != YAML::NullAnchor) anchored_sizes_[done.anchor] = done.size;
    if (stack_.empty()) {
      total_ += done.size;
    } else {
      stack_.back().size += done.size;  // cannot overflow: each size was checked in add()
    }
  }

  void add(const YAML::Mark& mark, std::uint64_t size) {
    std::uint64_t& target = stack_.empty() ? total_ : stack_.back().size;
    target += size;
    std::uint64_t expanded = total_;
    for (const Open& open : stack_) expanded += open.size;
    if (size > limits_.max_expanded_nodes || expanded > limits_.max_expanded_nodes) {
      throw StopScan{problem_at(mark, fmt::format("the YAML's aliases expand to more than {} values (an \"alias "
                                                  "bomb\"); write the routine out without `*` aliases",
                                                  limits_.max_expanded_nodes))};
    }
  }

  const YamlShapeLimits& limits_;
  std::vector<Open> stack_;
  std::unordered_map<YAML::anchor_t, std::uint64_t> anchored_sizes_;
  std::uint64_t total_ = 0;
};

// Stops at the start of a second document, remembering where it is.
class SecondDocumentFinder final : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark& mark) override {
    throw StopScan{problem_at(mark, "the file holds more than one YAML document (a second `---`); a routine file "
                                    "holds exactly one")};
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

}  // namespace

std::optional<YamlProblem> prescan_yaml(std::string_view text, const YamlShapeLimits& limits) {
  std::istringstream stream{std::string(text)};
  try {
    YAML::Parser parser(stream);
    ShapeCounter counter(limits);
    if (!parser.HandleNextDocument(counter)) return YamlProblem{1, 1, "the file is empty"};
    // Asked once more only: looping over documents is what makes yaml-cpp 0.7's LoadAll run
    // out of memory on some inputs (upstream #1040).
    SecondDocumentFinder second;
    (void)parser.HandleNextDocument(second);
  } catch (const StopScan& stop) {
    return stop.problem;
  } catch (const YAML::DeepRecursion& e) {
    return problem_at(e.mark, "the YAML is nested too deeply to read");
  } catch (const YAML::Exception& e) {
    const bool tab = !e.mark.is_null() && indented_with_tab(text, e.mark.line);
    return problem_at(e.mark, fmt::format("YAML syntax error: {}{}", e.msg, tab ? " (indent with spaces, not tabs)" : ""));
  } catch (const std::exception& e) {
    return YamlProblem{1, 1, fmt::format("the YAML could not be read: {}", e.what())};
  }
  return std::nullopt;
}

}  // namespace limber
