#include "app/cli/parse_error_words.hpp"

#include <regex>

#include "core/base/translate.hpp"

namespace limber {
namespace {

// Each of CLI11's message shapes (CLI/Error.hpp, CLI/Validators.hpp of CLI11 2.3) and its sentence.
bool reword(const std::string& text, const char* shape, std::smatch& m) { return std::regex_match(text, m, std::regex(shape)); }

}  // namespace

std::string parse_error_sentence(std::string_view message) {
  const std::string text(message);
  std::smatch m;
  if (reword(text, R"((\S+): At Most 1 required but received (\d+))", m)) {
    return format(tr("{0} was given {1} times: give it once."), m.str(1), m.str(2));
  }
  if (reword(text, R"((\S+): At Most (\d+) required but received (\d+))", m)) {
    return format(tr("{0} takes at most {1} values, and was given {2}."), m.str(1), m.str(2), m.str(3));
  }
  if (reword(text, R"(Could not convert: (\S+) = (.*))", m)) {
    return format(tr("{0} wants a number, not `{1}`."), m.str(1), m.str(2));
  }
  if (reword(text, R"((\S+): Value (.*) not in range (\S+) to (\S+))", m)) {
    return format(tr("{0} is a number from {1} to {2}, not `{3}`."), m.str(1), m.str(3), m.str(4), m.str(2));
  }
  if (reword(text, R"((\S+): (.*) not in \{(.*)\})", m)) {
    return format(tr("{0} is one of {1}, not `{2}`."), m.str(1), m.str(3), m.str(2));
  }
  if (reword(text, R"((\S+) is required)", m)) return format(tr("{0} is needed here."), m.str(1));
  if (reword(text, R"(Expected exactly 1 arguments to (\S+), got 0)", m) ||
      reword(text, R"((\S+): 1 required \S+ missing)", m)) {
    return format(tr("{0} needs a value after it."), m.str(1));
  }
  if (reword(text, R"(The following arguments? (?:was|were) not expected: (.*))", m)) {
    return format(tr("`{0}` is not something this command understands."), m.str(1));
  }
  if (reword(text, R"((\S+) requires (\S+))", m)) return format(tr("{0} goes only with {1}."), m.str(1), m.str(2));
  if (reword(text, R"((\S+) excludes (\S+))", m)) return format(tr("{0} and {1} cannot be used together."), m.str(1), m.str(2));
  if (reword(text, R"((\S+): too many inputs for a flag)", m)) return format(tr("{0} takes no value."), m.str(1));
  if (reword(text, R"((?:\S+: )?File does not exist: (.*))", m)) {
    return format(tr("There is no file {0}."), m.str(1));
  }
  return text;
}

}  // namespace limber
