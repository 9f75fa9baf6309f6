// Every `limber` command the README and docs/ show, run as written, in the order they are
// written, in one data folder: a doc that drifts from the program fails here. Commands in code
// blocks and in `inline code` are both taken; a `[--a|--b]` synopsis runs each way; placeholders
// (ROUTINE, FILE, N) are not commands. Where a doc shows a command's output (`$ limber ...`
// followed by lines), those lines must appear in what it prints. Window commands run under Xvfb
// and quit after a moment; a headless session is stopped with Ctrl+C after a moment.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "core/base/calendar.hpp"
#include "core/base/record_ids.hpp"
#include "core/history/history_store.hpp"
#include "support/fixtures.hpp"
#include "support/run_command.hpp"
#include "support/sample_history.hpp"

namespace limber {
namespace {

struct DocCommand {
  std::string source;   // "README.md:75"
  std::string command;  // as written, without the comment
  std::vector<std::string> expected_output{};  // lines a `$ limber` block shows after it
};

std::string trim(std::string text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
  std::size_t start = 0;
  while (start < text.size() && std::isspace(static_cast<unsigned char>(text[start]))) ++start;
  return text.substr(start);
}

// The command without a trailing `# comment` (a # inside quotes stays).
std::string without_comment(const std::string& line) {
  char quote = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (quote != 0) {
      if (line[i] == quote) quote = 0;
    } else if (line[i] == '"' || line[i] == '\'') {
      quote = line[i];
    } else if (line[i] == '#' && (i == 0 || line[i - 1] == ' ')) {
      return trim(line.substr(0, i));
    }
  }
  return trim(line);
}

// "limber history [--json|--csv]" -> the command with each choice, and without.
std::vector<std::string> expand_choices(const std::string& command) {
  static const std::regex choices(R"(\s*\[([^\]]+)\])");
  std::smatch match;
  if (!std::regex_search(command, match, choices)) return {command};
  std::vector<std::string> out;
  const std::string before = match.prefix().str();
  const std::string after = match.suffix().str();
  for (const std::string& rest : expand_choices(before + after)) out.push_back(rest);
  std::stringstream options(match[1].str());
  for (std::string option; std::getline(options, option, '|');) {
    for (const std::string& rest : expand_choices(before + " " + trim(option) + after)) out.push_back(rest);
  }
  return out;
}

// `limber run` or `limber plan --json` in running text names a command; it is no example to run.
bool names_a_command(const std::string& command) {
  std::stringstream words(command);
  std::vector<std::string> tokens;
  for (std::string word; words >> word;) tokens.push_back(word);
  if (tokens.size() < 2) return false;
  static const std::set<std::string> needs_an_argument = {"run", "plan", "check", "new", "edit", "pose", "import"};
  if (needs_an_argument.count(tokens[1]) == 0) return false;
  return std::none_of(tokens.begin() + 2, tokens.end(), [](const std::string& t) { return t.rfind('-', 0) != 0; });
}

bool has_placeholder(const std::string& command) {
  static const std::regex placeholder(R"((^|\s)(ROUTINE|FILE|FILE\.\.\.|N|DIR|NAME|SECONDS|DATE|CODE)(\s|$))");
  return std::regex_search(command, placeholder) || command.find("...") != std::string::npos;
}

std::vector<DocCommand> commands_in(const std::filesystem::path& doc) {
  std::vector<DocCommand> out;
  std::ifstream in(doc);
  bool in_block = false;
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    const std::string source = fmt::format("{}:{}", doc.filename().string(), number);
    if (line.rfind("```", 0) == 0) {
      in_block = !in_block;
      continue;
    }
    if (in_block) {
      std::string text = trim(line);
      const bool prompt = text.rfind("$ ", 0) == 0;
      if (prompt) text = trim(text.substr(2));
      if (text.rfind("limber", 0) == 0 && (text.size() == 6 || text[6] == ' ')) {
        for (const std::string& command : expand_choices(without_comment(text))) {
          if (!has_placeholder(command)) out.push_back({source, command});
        }
      } else if (!out.empty() && !text.empty() && out.back().source.rfind(doc.filename().string(), 0) == 0 &&
                 prompt == false && number > 0 && !out.back().command.empty() && line.find(':') != std::string::npos &&
                 line.rfind("limber", 0) != 0 && out.back().expected_output.size() < 20 &&
                 std::regex_search(line, std::regex(R"(^\S+\.yaml:\d+:\d+: )"))) {
        out.back().expected_output.push_back(line);  // a documented output line
      }
      continue;
    }
    // `limber ...` in running text.
    static const std::regex inline_code("`(limber [^`]+)`");
    for (auto it = std::sregex_iterator(line.begin(), line.end(), inline_code); it != std::sregex_iterator(); ++it) {
      for (const std::string& command : expand_choices((*it)[1].str())) {
        if (!has_placeholder(command) && !names_a_command(command)) out.push_back({source, command});
      }
    }
  }
  return out;
}

// Window commands get a moment and a way out; the rest run as written.
std::string runnable(const std::string& command) {
  const bool headless = command.find("--headless") != std::string::npos;
  static const std::regex window(R"(^limber( run [^-]\S*( --reps \d+)?| progress| settings| sos( --leg \S+)?| edit .*|)$)");
  if (headless) return "timeout -s INT 1.5 " + command + " --mute; test $? -eq 0 -o $? -eq 124";
  if (std::regex_match(command, window)) return command + " --mute --windowed --window-size 800x480 --quit-after 0.3";
  return command;
}

TEST(Docs, EveryCommandExampleRunsAsWritten) {
  testing::ScratchDir dir;
  const std::filesystem::path source(LIMBER_SOURCE_DIR);
  // What the examples name: a routine file, a history from "another device", a file with mistakes,
  // a sync folder.
  for (const char* name : {"my-routine.yaml", "my-calves.yaml"}) {
    std::filesystem::copy_file(testing::tests_dir() / "app" / "doc-fixtures" / name, dir / name);
  }
  std::filesystem::create_directories(dir / "Sync" / "limber");  // the sync folder the README names
  for (const char* other : {"tablet-history.sqlite3", "that-file.sqlite3"}) {
    auto store = HistoryStore::open(dir / other);
    ASSERT_TRUE(store) << store.error().message;
    testing::write_sample_history(*store, *parse_date(local_date(std::chrono::system_clock::now())), 14);
  }
  std::vector<DocCommand> commands;
  for (const auto& doc : {source / "README.md", source / "docs" / "routine-format.md", source / "docs" / "architecture.md",
                          source / "docs" / "performance.md", source / "docs" / "pitfalls.md",
                          source / "docs" / "reminders.md", source / "docs" / "importing.md"}) {
    const auto found = commands_in(doc);
    commands.insert(commands.end(), found.begin(), found.end());
  }
  ASSERT_GE(commands.size(), 25u) << "the docs' examples were not found";
  const std::string bin_dir = std::filesystem::path(LIMBER_BINARY).parent_path().string();
  for (const DocCommand& doc : commands) {
    const std::string script = fmt::format("cd {} && PATH={}:$PATH LIMBER_DATA_DIR={} XDG_CONFIG_HOME={} {}",
                                           testing::shell_quote(dir.path().string()), testing::shell_quote(bin_dir),
                                           testing::shell_quote((dir / "data").string()),
                                           testing::shell_quote((dir / "config").string()), runnable(doc.command));
    const auto result = testing::run_command("/bin/sh", {"-c", script});
    if (doc.expected_output.empty()) {
      // A reminder is kept, but is not done until it rings: with no systemd user manager (as in
      // CI) `remind add` says how to make it ring, and exits 1, as docs/reminders.md says.
      const bool silent_reminder = doc.command.rfind("limber remind add", 0) == 0 &&
                                   result.err.find("this reminder will not ring yet") != std::string::npos;
      EXPECT_EQ(result.exit_code, silent_reminder ? 1 : 0) << doc.source << ": `" << doc.command << "` failed:\n"
                                                           << result.err << result.out;
      continue;
    }
    // A documented output: its lines, in order, in what the command printed.
    const std::string printed = result.out + result.err;
    std::size_t at = 0;
    for (const std::string& line : doc.expected_output) {
      const auto found = printed.find(line, at);
      EXPECT_NE(found, std::string::npos) << doc.source << ": `" << doc.command << "` did not print\n  " << line
                                          << "\nbut:\n" << printed;
      if (found != std::string::npos) at = found + line.size();
    }
  }
  std::cout << commands.size() << " documented commands run\n";
}

}  // namespace
}  // namespace limber
