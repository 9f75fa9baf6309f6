#pragma once
// Soft line breaks for ImGui 1.86's multi-line text field, which cannot wrap: the text is edited
// with the spaces where a line must break turned into '\n' (one character for one, so the cursor
// and every position stay where they are), and those breaks are turned back into spaces before
// the text is kept. Breaks the user typed (Enter) are never touched: only the positions this
// wrapper broke are its own. After each edit the whole text flows again to the field's width.

#include <functional>
#include <set>
#include <string>
#include <string_view>

namespace limber {

class SoftWrap {
 public:
  // How wide a piece of text is drawn, in pixels.
  using Measure = std::function<float(std::string_view)>;

  // The text as kept (no soft breaks), flowed to `width`: what the field shows and edits.
  const std::string& flow(const std::string& kept, float width, const Measure& measure);
  // The field's text after an edit (`before` is what it showed): the breaks outside the edited
  // part are carried over, then everything flows again. Changes `edited` in place, same length.
  void edited(std::string& edited, float width, const Measure& measure);
  // The text to keep: the soft breaks back to spaces.
  [[nodiscard]] std::string kept() const;
  [[nodiscard]] const std::string& shown() const { return shown_; }

 private:
  void reflow(std::string& text, float width, const Measure& measure);

  std::string shown_;
  std::set<std::size_t> soft_;  // positions in shown_ holding a break this wrapper made
};

}  // namespace limber
