// The Settings screen's list of what else the user tries against cramps (tried_things.hpp): the
// suggested things switched on and off, the user's own added and removed. Removing one from the
// list keeps its ticks in the history: the report still compares them.
#include <algorithm>

#include "app/window/settings_screen.hpp"
#include "core/base/translate.hpp"

namespace limber {

void SettingsScreen::refresh_tried() {
  const std::vector<std::string>& list = services_.settings.tried_things;
  model_.tried_builtins.clear();
  for (const std::string& key : default_tried_things()) {
    model_.tried_builtins.push_back(
        TriedTick{key, tried_thing_label(key), std::find(list.begin(), list.end(), key) != list.end()});
  }
  model_.tried_own.clear();
  for (const std::string& key : list) {
    const auto& builtins = default_tried_things();
    if (std::find(builtins.begin(), builtins.end(), key) == builtins.end()) model_.tried_own.push_back(key);
  }
}

void SettingsScreen::handle_tried(const SettingsIntent& intent) {
  std::vector<std::string>& list = services_.settings.tried_things;
  model_.tried_notice.clear();
  switch (intent.kind) {
    case SettingsIntent::Kind::toggle_tried_builtin: {
      const auto& builtins = default_tried_things();
      if (intent.index < 0 || static_cast<std::size_t>(intent.index) >= builtins.size()) return;
      const std::string& key = builtins[static_cast<std::size_t>(intent.index)];
      const auto found = std::find(list.begin(), list.end(), key);
      if (found != list.end()) {
        list.erase(found);
      } else if (list.size() < kMostTriedThings) {
        // In the suggested order, before the user's own.
        std::vector<std::string> rebuilt;
        for (const std::string& b : builtins) {
          if (b == key || std::find(list.begin(), list.end(), b) != list.end()) rebuilt.push_back(b);
        }
        for (const std::string& k : list) {
          if (std::find(builtins.begin(), builtins.end(), k) == builtins.end()) rebuilt.push_back(k);
        }
        list = std::move(rebuilt);
      } else {
        model_.tried_notice = format(tr("The list holds {0} things at most."), static_cast<int>(kMostTriedThings));
      }
      return;
    }
    case SettingsIntent::Kind::remove_tried_own:
      if (intent.index >= 0 && static_cast<std::size_t>(intent.index) < model_.tried_own.size()) {
        const std::string key = model_.tried_own[static_cast<std::size_t>(intent.index)];
        list.erase(std::remove(list.begin(), list.end(), key), list.end());
      }
      return;
    case SettingsIntent::Kind::add_tried_own: {
      if (const auto problem = tried_thing_problem(intent.text, list)) {
        model_.tried_notice = *problem;
        return;
      }
      std::string words = intent.text;
      words.erase(0, words.find_first_not_of(" \t"));
      words.erase(words.find_last_not_of(" \t") + 1);
      list.push_back(words);
      view_.clear_new_tried();
      return;
    }
    default: return;
  }
}

}  // namespace limber
