#pragma once
// A table for people in a terminal: each column as wide as its widest cell, two spaces apart.
// The headers and words are translated, so no width is known beforehand.

#include <string>
#include <vector>

namespace limber {

class TextTable {
 public:
  enum class Align { left, right };
  struct Column {
    std::string header;
    Align align = Align::left;
  };
  explicit TextTable(std::vector<Column> columns) : columns_(std::move(columns)) {}
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  // The header line and every row, each ending in a newline; the last column is not padded.
  [[nodiscard]] std::string text() const;

 private:
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace limber
