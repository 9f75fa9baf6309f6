#pragma once
// Languages and regions named in the user's language, from Debian's iso-codes (ISO 639 and
// ISO 3166-1, with their own gettext catalogues): "de" is "Deutsch" in German and "German" in
// English. espeak-ng names its voices in English only ("English (Great Britain)"); a voice is
// named here by its language tag instead ("en-gb": "Englisch (Vereinigtes Königreich)"). Without
// iso-codes, espeak-ng's own names are used.

#include <string>

namespace limber {

// The language of a tag ("en-gb" -> "English"), in the user's language; "" if unknown.
[[nodiscard]] std::string language_name(const std::string& tag);

// A voice for people: its language, and its region or variant in brackets. `tag` is the voice's
// first language ("en-gb", "es-419", "en-gb-x-rp"); `espeak_name` is espeak-ng's English name,
// whose bracketed part names variants ISO does not ("Received Pronunciation", "Latin America").
[[nodiscard]] std::string voice_name(const std::string& tag, const std::string& espeak_name);

}  // namespace limber
