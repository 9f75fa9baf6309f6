// Workrave's exercises.xml: each <exercise> becomes a routine of one timed step. Its titles and
// descriptions in other languages (xml:lang) become `translations:`; a sequence whose frames are
// also shown mirrored (mirrorx="yes") becomes a step per side; its first picture is shown.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <regex>
#include <set>

#include "core/base/translate.hpp"
#include "core/formats/xml_reader.hpp"
#include "core/importers/import_text.hpp"
#include "core/importers/routine_import.hpp"
#include "core/routine/routine_language.hpp"
#include "core/routine/routine_rules.hpp"

namespace limber {
namespace {

constexpr std::string_view kWorkrave = "Workrave";

// Workrave writes whole seconds; anything else in a duration is not one.
std::optional<int> seconds_in(const std::string& text) {
  if (text.empty() || text.size() > 6 || !std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    return std::nullopt;
  }
  return std::stoi(text);
}

// The untranslated text (no xml:lang), else the first.
const XmlElement* untranslated(const std::vector<const XmlElement*>& texts) {
  for (const XmlElement* t : texts) {
    if (t->attribute("xml:lang").empty()) return t;
  }
  return texts.empty() ? nullptr : texts.front();
}

// A picture's file name inside the exercises folder, or empty for one that points out of it.
std::string safe_picture(const std::string& src) {
  if (src.empty() || src.front() == '/' || src.find("..") != std::string::npos || src.find('\\') != std::string::npos ||
      src.find('/') != std::string::npos) {
    return {};
  }
  std::string lower = src;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const bool picture = lower.ends_with(".png") || lower.ends_with(".jpg") || lower.ends_with(".jpeg");
  return picture ? src : std::string();
}

// What the two sides of a mirrored exercise are, from its English description: arms when it
// speaks of an arm and not a leg ("repeat the exercise for your other arm"), legs the other way
// round, else the sides of the body; the right first when it names the right before the left
// ("Spin your right arm ... Repeat with the left arm").
struct MirroredSides {
  std::vector<Side> order{Side::left, Side::right};
  SideOf of = SideOf::body;
};

MirroredSides mirrored_sides(const std::string& description) {
  const auto mentions = [&description](const std::regex& word) { return std::regex_search(description, word); };
  const std::regex arm(R"(\barms?\b)", std::regex::icase);
  const std::regex leg(R"(\blegs?\b)", std::regex::icase);
  MirroredSides sides;
  if (mentions(arm) != mentions(leg)) sides.of = mentions(arm) ? SideOf::arm : SideOf::leg;
  std::smatch first;
  if (std::regex_search(description, first, std::regex(R"(\b(left|right)\b)", std::regex::icase)) &&
      std::tolower(static_cast<unsigned char>(first.str(1)[0])) == 'r') {
    sides.order = {Side::right, Side::left};
  }
  return sides;
}

std::optional<ImportedRoutine> routine_from(const XmlElement& exercise, std::string& why_not) {
  ImportedRoutine out;
  Routine& r = out.routine;
  const auto titles = exercise.all("title");
  const XmlElement* title = untranslated(titles);
  bool cut = false;
  r.name = title != nullptr ? import_text(title->text, RoutineLimits::name_chars_max, &cut) : std::string();
  if (r.name.empty()) {
    why_not = format(tr("line {0}: an exercise without a title"), exercise.line);
    return std::nullopt;
  }
  if (cut) out.approximated.push_back(tr("its title was cut to 100 characters"));
  const auto descriptions = exercise.all("description");
  const XmlElement* description = untranslated(descriptions);
  Exercise e;
  e.name = r.name;
  e.instructions = description != nullptr ? import_paragraphs(description->text, RoutineLimits::text_chars_max) : "";
  // Every other language Limber's format can name.
  for (const auto* list : {&titles, &descriptions}) {
    for (const XmlElement* t : *list) {
      const std::string lang = t->attribute("xml:lang");
      if (lang.empty() || !is_language_code(lang)) continue;  // "sr@latin": said once below
      const bool is_title = list == &titles;
      const std::string text = is_title ? import_text(t->text, RoutineLimits::name_chars_max)
                                        : import_paragraphs(t->text, RoutineLimits::text_chars_max);
      if (text.empty()) continue;
      if (is_title) {
        r.translations[lang]["name"] = text;
        e.translations[lang]["name"] = text;
      } else {
        e.translations[lang]["instructions"] = text;
      }
    }
  }

  const XmlElement* sequence = exercise.first("sequence");
  if (sequence == nullptr) {
    why_not = format(tr("line {0}: {1} has no <sequence>, so no length"), exercise.line, r.name);
    return std::nullopt;
  }
  const auto frames = sequence->all("image");
  int frames_total = 0;
  bool mirrored = false;
  std::set<std::string> pictures;
  std::string first_picture;
  for (const XmlElement* frame : frames) {
    const auto length = seconds_in(frame->attribute("duration"));
    if (length) frames_total += *length;
    if (frame->attribute("mirrorx") == "yes") mirrored = true;
    const std::string src = frame->attribute("src");
    pictures.insert(src);
    if (first_picture.empty()) first_picture = src;
  }
  const auto declared = seconds_in(sequence->attribute("duration"));
  const int total = declared ? *declared : frames_total;
  if (total < 1 || total > 3600) {
    why_not = format(tr("line {0}: {1} lasts {2} s, which is not a length Limber can time (1 s to 1 h)"), sequence->line,
                     r.name, total);
    return std::nullopt;
  }
  if (mirrored) {
    // The frames shown mirrored are the other side: half the time each, one after the other.
    const MirroredSides sides = mirrored_sides(e.instructions);
    e.sides = sides.order;
    e.side_of = sides.of;
    e.switch_time = Seconds{0};
    e.body = TimedStep{Seconds{std::max(1, total / 2)}, false};
    if (total % 2 != 0) {
      out.approximated.push_back(format(tr("{0} s made {1} s a side"), total, std::max(1, total / 2)));
    }
  } else {
    e.body = TimedStep{Seconds{total}, false};
  }
  if (frames_total > 0 && declared && frames_total < *declared) {
    out.approximated.push_back(format(tr("Workrave loops its {0} s of pictures over the {1} s; Limber shows one picture "
                                         "for the whole step"),
                                      frames_total, *declared));
  }
  if (const std::string picture = safe_picture(first_picture); !picture.empty()) {
    e.image = picture;
    out.pictures.push_back(ImportedPicture{picture, picture});
    if (pictures.size() > 1) {
      out.approximated.push_back(format(tr("Workrave shows {0} pictures in turn; Limber shows the first"),
                                        static_cast<int>(pictures.size())));
    }
    if (mirrored) out.approximated.push_back(tr("the other side shows the same picture, not mirrored"));
  } else if (!first_picture.empty()) {
    out.not_kept.push_back(format(tr("its picture `{0}`, which is not a PNG or JPEG file beside the exercises file"),
                                  first_picture));
  }
  r.exercises.push_back(std::move(e));
  r.tags = {"workrave"};
  r.source = fmt::format("{} (exercises.xml)", kWorkrave);
  return out;
}

}  // namespace

Expected<ImportedFile, std::string> import_workrave(std::string_view xml) {
  auto root = read_xml(xml);
  if (!root) return Unexpected{root.error()};
  if (root->name != "exercises") {
    return Unexpected{format(tr("its root element is <{0}>, not Workrave's <exercises>"), root->name)};
  }
  ImportedFile file;
  file.app = std::string(kWorkrave);
  // Languages Limber's format cannot name ("sr@latin"): said once for the file.
  std::set<std::string> unnamed;
  for (const XmlElement* exercise : root->all("exercise")) {
    for (const XmlElement& text : exercise->children) {
      const std::string lang = text.attribute("xml:lang");
      if (!lang.empty() && !is_language_code(lang)) unnamed.insert(lang);
    }
  }
  for (const std::string& lang : unnamed) {
    file.skipped.push_back(format(tr("its words in the language \u201c{0}\u201d, which Limber cannot name"), lang));
  }
  for (const XmlElement* exercise : root->all("exercise")) {
    if (file.routines.size() >= ImportLimits::routines) {
      file.skipped.push_back(format(tr("every exercise after the first {0}"), static_cast<int>(ImportLimits::routines)));
      break;
    }
    std::string why_not;
    if (auto routine = routine_from(*exercise, why_not)) {
      file.routines.push_back(std::move(*routine));
    } else {
      file.skipped.push_back(why_not);
    }
  }
  if (file.routines.empty() && file.skipped.empty()) return Unexpected{std::string(tr("it holds no <exercise>"))};
  return file;
}

}  // namespace limber
