#pragma once
// A routine in the user's language: its own `translations:` where they have the language, its
// main text where not, field by field. The routine's main name stays its identity (history,
// reminders, remembered reps); only what is shown and spoken changes.

#include <array>
#include <string>
#include <string_view>

#include "core/routine/routine.hpp"

namespace limber {

// The fields each level of a routine may translate, in the order they are written.
inline constexpr std::array<std::string_view, 2> kRoutineTranslatedFields{"name", "description"};
inline constexpr std::array<std::string_view, 3> kExerciseTranslatedFields{"name", "instructions", "cue"};
inline constexpr std::array<std::string_view, 2> kPhaseTranslatedFields{"name", "cue"};

// Whether a `translations:` key names a language: "de", "fil", "pt_BR".
[[nodiscard]] bool is_language_code(std::string_view code);

// The text of `field` in `language`: the translation with exactly that code, else the one of its
// base language ("pt" for "pt_BR"), else `main`. The pseudo-language lengthens `main` instead.
[[nodiscard]] std::string translated_text(const TextTranslations& translations, std::string_view field,
                                          const std::string& main, std::string_view language);

// The routine with every translatable text in `language` and no translations left.
[[nodiscard]] Routine routine_in_language(const Routine& routine, std::string_view language);

}  // namespace limber
