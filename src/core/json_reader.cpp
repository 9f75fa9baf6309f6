#include "core/json_reader.hpp"

#include <fmt/format.h>

#include "core/translate.hpp"

namespace limber {
namespace {

struct TooDeep {};

}  // namespace

Expected<nlohmann::json, std::string> read_json(std::string_view text, int max_depth) {
  // The callback sees each value's depth as it is read: the parse stops at the first too deep.
  const auto guard = [max_depth](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
    if (depth > max_depth) throw TooDeep{};
    return true;
  };
  try {
    return nlohmann::json::parse(text.begin(), text.end(), guard);
  } catch (const TooDeep&) {
    return Unexpected{format(tr("it is nested more than {0} levels deep"), max_depth)};
  } catch (const nlohmann::json::parse_error& e) {
    return Unexpected{format(tr("it is not JSON (at byte {0})"), static_cast<long>(e.byte))};
  } catch (const std::exception& e) {
    return Unexpected{std::string(e.what())};
  }
}

}  // namespace limber
