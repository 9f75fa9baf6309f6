#include "app/services/trace_writer.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <nlohmann/json.hpp>

#include "core/base/translate.hpp"

namespace limber {

using Json = nlohmann::ordered_json;

Expected<std::unique_ptr<TraceWriter>, std::string> TraceWriter::open(const std::filesystem::path& path) {
  std::FILE* file = std::fopen(path.c_str(), "w");
  if (file == nullptr) return Unexpected{format(tr("cannot write the trace file {0}: {1}"), path.string(), std::strerror(errno))};
  return std::unique_ptr<TraceWriter>(new TraceWriter(file));
}

void TraceWriter::write_line(const std::string& line) {
  std::fputs(line.c_str(), file_.get());
  std::fputc('\n', file_.get());
  std::fflush(file_.get());  // a trace must survive the process being killed
}

void TraceWriter::audio(const std::optional<AudioDeviceInfo>& device, bool muted) {
  Json line = {{"event", "audio"}};
  if (device) {
    line["driver"] = device->driver;
    line["frequency"] = device->frequency;
    line["format"] = device->format;
    line["channels"] = device->channels;
    line["buffer_frames"] = device->buffer_frames;
  } else {
    line["driver"] = nullptr;
  }
  line["muted"] = muted;
  write_line(line.dump());
}

void TraceWriter::event(const SessionEvent& event, const Plan& plan, Nanos fired) {
  Json line = {{"event", session_event_key(event.kind)}};
  if (event.phase >= 0 && event.phase < static_cast<int>(plan.phases.size())) {
    const PlannedPhase& phase = plan.phases[static_cast<std::size_t>(event.phase)];
    line["index"] = event.phase;
    if (event.kind == SessionEventKind::phase_started) {
      line["kind"] = phase_kind_key(phase.kind);
      line["label"] = phase.label;
      line["exercise"] =
          phase.exercise >= 0 ? Json(plan.exercises[static_cast<std::size_t>(phase.exercise)].name) : Json(nullptr);
      line["side"] = phase.side ? Json(side_key(*phase.side)) : Json(nullptr);
      line["side_of"] = phase.side ? Json(side_of_key(phase.side_of)) : Json(nullptr);
      line["rep"] = phase.rep ? Json(*phase.rep) : Json(nullptr);
      line["reps"] = phase.reps ? Json(*phase.reps) : Json(nullptr);
      line["duration_ns"] = std::chrono::duration_cast<Nanos>(phase.duration).count();
    }
  }
  if (event.kind == SessionEventKind::countdown_tick || event.kind == SessionEventKind::skipped) line["count"] = event.count;
  if (event.kind == SessionEventKind::exercise_finished) line["exercise_index"] = event.exercise;
  if (event.kind == SessionEventKind::paused) line["automatic"] = event.automatic;
  line["scheduled_ns"] = event.scheduled.count();
  line["fired_ns"] = fired.count();
  write_line(line.dump());
}

void TraceWriter::voice(int phrases, double milliseconds) {
  const Json line = {{"event", "voice"}, {"phrases", phrases}, {"synthesis_ms", milliseconds}};
  write_line(line.dump());
}

void TraceWriter::cue(const PlayedCue& played) {
  Json line = {
      {"event", "cue"},
      {"sound", cue_sound_key(played.cue.sound)},
      {"index", played.cue.phase},
      {"scheduled_ns", played.cue.scheduled.count()},
      {"fired_ns", played.heard.count()},
      {"frame", played.frame},
  };
  if (!played.cue.text.empty()) {
    line["text"] = played.cue.text;
    line["duration_ns"] = played.duration.count();
  }
  write_line(line.dump());
}

}  // namespace limber
