#include "core/history/hybrid_time.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>

#include "core/base/calendar.hpp"
#include "core/history/record_rules.hpp"

namespace limber {
namespace {

constexpr std::size_t kMsDigits = 15;
constexpr std::size_t kCounterDigits = 4;
constexpr int kMostCounter = 9999;

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

}  // namespace

std::string HybridTime::text() const { return fmt::format("{:015d}.{:04d}.{}", ms, counter, device); }

std::optional<HybridTime> parse_hybrid_time(std::string_view text) {
  if (text.size() < kMsDigits + kCounterDigits + 2 || text[kMsDigits] != '.' || text[kMsDigits + kCounterDigits + 1] != '.') {
    return std::nullopt;
  }
  const std::string_view ms = text.substr(0, kMsDigits);
  const std::string_view counter = text.substr(kMsDigits + 1, kCounterDigits);
  const std::string device(text.substr(kMsDigits + kCounterDigits + 2));
  if (!all_digits(ms) || !all_digits(counter) || (!device.empty() && !is_record_id(device))) return std::nullopt;
  HybridTime time;
  std::from_chars(ms.data(), ms.data() + ms.size(), time.ms);
  std::from_chars(counter.data(), counter.data() + counter.size(), time.counter);
  time.device = device;
  return time;
}

std::optional<HybridTime> hybrid_time_of_utc(std::string_view utc) {
  if (!is_utc_timestamp(std::string(utc))) return std::nullopt;
  const auto day = parse_date(utc.substr(0, 10));
  if (!day) return std::nullopt;
  const auto number = [&](std::size_t at) { return (utc[at] - '0') * 10 + (utc[at + 1] - '0'); };
  const std::int64_t seconds = static_cast<std::int64_t>(*day) * 86400 + number(11) * 3600 + number(14) * 60 + number(17);
  return HybridTime{seconds * 1000, 0, ""};
}

HybridTime next_hybrid_time(const std::optional<HybridTime>& latest, std::int64_t wall_ms, const std::string& device) {
  if (!latest || wall_ms > latest->ms) return HybridTime{wall_ms, 0, device};
  // The wall clock is behind (or level with) what this history has seen: count on from there.
  if (latest->counter < kMostCounter) return HybridTime{latest->ms, latest->counter + 1, device};
  return HybridTime{latest->ms + 1, 0, device};
}

}  // namespace limber
