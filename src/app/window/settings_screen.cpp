#include "app/window/settings_screen.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "audio/sound_files.hpp"
#include "core/base/translate.hpp"
#include "core/settings/settings_limits.hpp"
#include "core/settings/voice_groups.hpp"
#include "platform/abilities.hpp"
#include "platform/desktop_theme.hpp"
#include "platform/language_names.hpp"
#include "platform/paths.hpp"

namespace limber {
namespace {

ReminderLine line_for(const Reminder& r) {
  return ReminderLine{fmt::format("{} {}", format_clock_time(r.at), describe_weekdays(r.days)),
                      r.kind == ReminderKind::diary ? std::string(tr("Cramp diary"))
                                                    : (r.routine.empty() ? std::string(tr("Stretching")) : r.routine)};
}

}  // namespace

void SettingsScreen::refresh(bool fresh_visit) {
  if (fresh_visit && voices_.empty()) {
    voices_loaded_ = false;
    voice_error_.clear();
  }
  const AppSettings& s = services_.settings;
  model_.file_notice = services_.settings_problem;
  model_.sound_on = !s.muted;
  model_.volume = s.volume;
  sets_ = list_sound_sets(services_.context.data_dir);
  model_.sound_sets.clear();
  model_.sound_set = 0;
  for (std::size_t i = 0; i < sets_.size(); ++i) {
    model_.sound_sets.push_back(sets_[i].name);
    if (sets_[i].key == s.sound_set) model_.sound_set = static_cast<int>(i);
  }
  check_sound_set();
  model_.sound_notice = set_notice_ + (set_notice_.empty() || preview_notice_.empty() ? "" : "\n") + preview_notice_;
  if (model_.voice_notice.empty()) model_.voice_notice = voice_error_;
  model_.voice_on = s.voice;
  model_.voice = s.voice_name;
  list_voices();
  model_.voice_rate = s.voice_rate;
  model_.voice_volume = s.voice_volume;
  // Each language in its own name, so it can be found whatever the screen speaks now.
  static const std::vector<std::pair<std::string, std::string>> kNames{
      {"en", "English"}, {"de", "Deutsch"}, {"nl", "Nederlands"}, {"fr", "Fran\u00e7ais"}, {"es", "Espa\u00f1ol"}};
  const std::string from_environment = system_language();
  std::string system_name = "English";
  for (const auto& [code, name] : kNames) {
    if (code == from_environment) system_name = name;
  }
  model_.languages = {format(tr("As the system ({0})"), system_name)};
  model_.language = 0;
  for (const auto& [code, name] : kNames) {
    model_.languages.push_back(name);
    if (code == s.language) model_.language = static_cast<int>(model_.languages.size()) - 1;
  }
  language_codes_ = {""};
  for (const auto& [code, name] : kNames) language_codes_.push_back(code);
  model_.theme = s.theme_follows_desktop       ? ThemeChoice::desktop
                 : s.theme == ThemeKind::light ? ThemeChoice::light
                 : s.theme == ThemeKind::night ? ThemeChoice::night
                                               : ThemeChoice::dark;
  model_.fullscreen_on_start = s.fullscreen;
  book_ = std::make_unique<ReminderBook>(services_.config_dir, services_.context.data_dir);
  model_.reminders_here = platform_abilities().reminders_when_closed;
  model_.reminders.clear();
  for (const Reminder& r : book_->reminders()) {
    model_.reminders.push_back(line_for(r));
    model_.reminders.back().rings = !book_->why_silent(r);
  }
  model_.suggestions.clear();
  for (const Reminder& r : suggested_reminders(book_->reminders())) model_.suggestions.push_back(line_for(r));
  whats_.clear();
  for (const LibraryEntry& entry : services_.context.load_library().entries) {
    if (entry.routine) whats_.push_back(entry.routine->name);
  }
  refresh_tried();
  whats_.push_back(tr("Cramp diary (morning)"));
  what_ = std::min(what_, whats_.size() - 1);
  model_.new_what = whats_[what_];
}

void SettingsScreen::load_voices() {
  if (voices_loaded_) return;
  voices_loaded_ = true;
  auto synth = VoiceSynth::open(VoiceSettings{"en", 160}, 22050);
  if (!synth) {
    voice_error_ = format(tr("No voice can be had here: {0}"), synth.error());
    refresh();
    return;
  }
  voices_ = (*synth)->available_voices();
  refresh();
}

std::optional<SettingsIntent> SettingsScreen::draw(const ViewFonts& fonts) {
  load_voices();
  return view_.draw(model_, services_.theme(), fonts);
}

AppRequest SettingsScreen::handle(const SettingsIntent& intent) {
  using Kind = SettingsIntent::Kind;
  AppSettings& s = services_.settings;
  AppRequest request;
  preview_notice_.clear();
  model_.voice_notice.clear();
  switch (intent.kind) {
    case Kind::back: return {AppRequest::Kind::show_library};
    case Kind::toggle_sound: services_.toggle_mute(); break;
    case Kind::volume_down:
    case Kind::volume_up:
      s.volume = kVolumeRange.stepped(s.volume, intent.kind == Kind::volume_up ? 1 : -1);
      if (services_.sound) services_.sound->set_volume(static_cast<float>(s.volume) / 100.0f);
      break;
    case Kind::choose_sound_set:
      if (intent.index >= 0 && static_cast<std::size_t>(intent.index) < sets_.size()) {
        s.sound_set = sets_[static_cast<std::size_t>(intent.index)].key;
        const ChosenSoundSet chosen = choose_sound_set(s.sound_set, services_.context.data_dir);
        if (services_.sound) services_.sound->set_cue_sound_folder(chosen.folder);
      }
      break;
    case Kind::play_sound_set: play_sound_set(); break;
    case Kind::toggle_voice: services_.toggle_voice(); break;
    case Kind::open_voice_list: model_.voice_list_open = true; break;
    case Kind::close_voice_list: model_.voice_list_open = false; break;
    case Kind::choose_voice:
    case Kind::listen_to_voice:
      if (intent.index >= 0 && static_cast<std::size_t>(intent.index) < listed_.size()) {
        const std::string& id = voices_[listed_[static_cast<std::size_t>(intent.index)]].id;
        // Chosen, it speaks at once: the choice is heard as it is made.
        if (intent.kind == Kind::choose_voice) s.voice_name = id;
        say_something(id);
      }
      break;
    case Kind::say_something: say_something(); break;
    case Kind::rate_down:
    case Kind::rate_up: s.voice_rate = kVoiceRateRange.stepped(s.voice_rate, intent.kind == Kind::rate_up ? 1 : -1); break;
    case Kind::voice_volume_down:
    case Kind::voice_volume_up:
      s.voice_volume = kVoiceVolumeRange.stepped(s.voice_volume, intent.kind == Kind::voice_volume_up ? 1 : -1);
      break;
    case Kind::choose_theme: {
      const auto choice = static_cast<ThemeChoice>(intent.index);
      services_.night_look = false;  // a theme chosen ends the night a rescue left on screen
      s.theme_follows_desktop = choice == ThemeChoice::desktop;
      if (choice == ThemeChoice::dark) s.theme = ThemeKind::dark;
      if (choice == ThemeChoice::light) s.theme = ThemeKind::light;
      if (choice == ThemeChoice::night) s.theme = ThemeKind::night;
      if (choice == ThemeChoice::desktop) {
        const auto scheme = desktop_colour_scheme();
        if (scheme) s.theme = *scheme == DesktopScheme::dark ? ThemeKind::dark : ThemeKind::light;
        model_.desktop_says = !scheme ? tr("The desktop does not say which it prefers: the last theme stays.")
                                      : (*scheme == DesktopScheme::dark ? tr("The desktop prefers dark.")
                                                                        : tr("The desktop prefers light."));
      }
      request = {AppRequest::Kind::restyle};
      break;
    }
    case Kind::toggle_fullscreen_on_start: s.fullscreen = !s.fullscreen; break;
    case Kind::choose_language:
      if (intent.index >= 0 && static_cast<std::size_t>(intent.index) < language_codes_.size()) {
        s.language = language_codes_[static_cast<std::size_t>(intent.index)];
        // Every screen speaks it from the next frame; the next session's voice too.
        (void)use_language(s.language, translations_dir());
        request = {AppRequest::Kind::restyle};
      }
      break;
    case Kind::add_suggested: {
      const auto suggested = suggested_reminders(book_->reminders());
      if (intent.index >= 0 && static_cast<std::size_t>(intent.index) < suggested.size()) {
        add_reminder(suggested[static_cast<std::size_t>(intent.index)]);
      }
      break;
    }
    case Kind::remove_reminder: remove_reminder(intent.index); break;
    case Kind::hour_down:
    case Kind::hour_up: model_.new_at.hour = (model_.new_at.hour + (intent.kind == Kind::hour_up ? 1 : 23)) % 24; break;
    case Kind::minute_down:
    case Kind::minute_up:
      model_.new_at.minute = (model_.new_at.minute / 5 * 5 + (intent.kind == Kind::minute_up ? 5 : 55)) % 60;
      break;
    case Kind::toggle_day:
      if (intent.index >= 0 && intent.index < 7) {
        bool& day = model_.new_days[static_cast<std::size_t>(intent.index)];
        // The last day stays: a reminder that rings on no day is not one.
        if (!day || std::count(model_.new_days.begin(), model_.new_days.end(), true) > 1) day = !day;
      }
      break;
    case Kind::what_previous:
    case Kind::what_next:
      what_ = (what_ + (intent.kind == Kind::what_next ? 1 : whats_.size() - 1)) % whats_.size();
      model_.new_what = whats_[what_];
      break;
    case Kind::add_reminder: add_reminder(new_reminder()); break;
    case Kind::copy_crontab_line: SDL_SetClipboardText(model_.crontab_line.c_str()); break;
    case Kind::add_to_calendar: add_to_calendar(); break;
    case Kind::toggle_tried_builtin:
    case Kind::remove_tried_own:
    case Kind::add_tried_own: handle_tried(intent); break;
  }
  services_.save_settings();
  refresh();
  return request;
}

AppRequest SettingsScreen::handle_key(SDL_Keycode key) {
  if (key == SDLK_ESCAPE || key == SDLK_BACKSPACE) {
    return handle({model_.voice_list_open ? SettingsIntent::Kind::close_voice_list : SettingsIntent::Kind::back});
  }
  return {};
}

void SettingsScreen::check_sound_set() {
  // Each set's files are read once, when it is first shown chosen.
  const std::string& key = services_.settings.sound_set;
  if (checked_set_ && *checked_set_ == key) return;
  checked_set_ = key;
  const ChosenSoundSet chosen = choose_sound_set(key, services_.context.data_dir);
  set_notice_ = chosen.missing;
  if (!chosen.folder.empty()) {
    const CueSoundFiles files = load_cue_sound_files(chosen.folder, 48000);
    for (const auto& notice : files.notices) set_notice_ += (set_notice_.empty() ? "" : "\n") + notice + ".";
  }
}

const VoiceSynth::Voice* SettingsScreen::current_voice() const {
  const std::string& wanted = services_.settings.voice_name;
  for (const auto& v : voices_) {
    if (v.id == wanted) return &v;
  }
  // "en" names the voice that speaks it first (by espeak-ng's priority), as espeak-ng itself chooses.
  const VoiceSynth::Voice* best = nullptr;
  int best_priority = 0;
  for (const auto& v : voices_) {
    for (const auto& [priority, language] : v.languages) {
      if (language == wanted && (best == nullptr || priority < best_priority)) {
        best = &v;
        best_priority = priority;
      }
    }
  }
  return best;
}

void SettingsScreen::list_voices() {
  const VoiceSynth::Voice* current = current_voice();
  std::vector<ListedVoice> listed;
  for (const auto& v : voices_) {
    const std::string tag = v.languages.empty() ? v.id : v.languages.front().second;
    const std::string base = tag.substr(0, tag.find('-'));
    listed.push_back({v.id, base, language_name(tag), voice_name(tag, v.name)});
    if (&v == current) model_.voice = listed.back().name;
  }
  const std::string& speaking = current_language();
  model_.voice_groups.clear();
  listed_.clear();
  for (const VoiceGroup& group : group_voices(listed, speaking == kPseudoLanguage ? "en" : speaking)) {
    VoiceRowGroup rows{group.heading, group.speaks_the_cues, {}};
    for (const std::size_t i : group.voices) {
      rows.rows.push_back({listed[i].name, &voices_[i] == current});
      listed_.push_back(i);
    }
    model_.voice_groups.push_back(std::move(rows));
  }
}

}  // namespace limber
