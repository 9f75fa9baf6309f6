#include "ui/soft_wrap.hpp"

#include <algorithm>

namespace limber {

const std::string& SoftWrap::flow(const std::string& kept, float width, const Measure& measure) {
  shown_ = kept;
  soft_.clear();
  reflow(shown_, width, measure);
  return shown_;
}

void SoftWrap::edited(std::string& text, float width, const Measure& measure) {
  // The edited part: what lies between the longest common start and end of before and after.
  const std::size_t before_n = shown_.size();
  const std::size_t after_n = text.size();
  std::size_t prefix = 0;
  while (prefix < before_n && prefix < after_n && shown_[prefix] == text[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < before_n - prefix && suffix < after_n - prefix && shown_[before_n - 1 - suffix] == text[after_n - 1 - suffix]) ++suffix;
  std::set<std::size_t> carried;
  for (const std::size_t at : soft_) {
    if (at < prefix) {
      carried.insert(at);
    } else if (at >= before_n - suffix) {
      carried.insert(at - before_n + after_n);
    }
  }
  soft_ = std::move(carried);
  reflow(text, width, measure);
  shown_ = text;
}

std::string SoftWrap::kept() const {
  std::string text = shown_;
  for (const std::size_t at : soft_) text[at] = ' ';
  return text;
}

void SoftWrap::reflow(std::string& text, float width, const Measure& measure) {
  for (const std::size_t at : soft_) text[at] = ' ';
  soft_.clear();
  // Greedy, line by line: a line breaks at its last space that keeps it within the width.
  std::size_t line_start = 0;
  std::size_t last_space = std::string::npos;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const bool end = i == text.size() || text[i] == '\n';
    const bool space = !end && text[i] == ' ';
    if (!end && !space) continue;
    // The word ending at i: does the line still fit with it?
    if (measure(std::string_view(text).substr(line_start, i - line_start)) > width && last_space != std::string::npos) {
      text[last_space] = '\n';
      soft_.insert(last_space);
      line_start = last_space + 1;
      last_space = std::string::npos;
      // The word may overflow the new line too; it stays whole (a word is never cut).
    }
    if (end) {
      line_start = i + 1;
      last_space = std::string::npos;
    } else {
      last_space = i;
    }
  }
}

}  // namespace limber
