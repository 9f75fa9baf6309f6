#pragma once
// The command-line parser's complaints said as Limber says everything else: a sentence, in the
// user's language, naming the option and what it wants ("--reps is a number from 1 to 500, not
// `abc`."), instead of CLI11's own English ("Value abc not in range 1 to 500").

#include <string>
#include <string_view>

namespace limber {

// CLI11's message, reworded where its shape is known; any other message comes back unchanged.
[[nodiscard]] std::string parse_error_sentence(std::string_view message);

}  // namespace limber
