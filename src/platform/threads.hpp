#pragma once
// Work that must not hold up the window (a merge, a voice's synthesis, fonts, a PNG): on the
// desktop it runs on a thread of its own; the browser build is single-threaded (a page gets
// threads only when served with cross-origin isolation, which ordinary hosts do not send), so
// there the same work runs at once, as a step of the main loop, and its future is ready.

#include <future>
#include <type_traits>
#include <utility>

namespace limber {

// Whether this build may start threads (platform/desktop: yes; platform/web: no).
[[nodiscard]] bool threads_available();

template <class Work>
[[nodiscard]] std::future<std::invoke_result_t<Work>> in_background(Work work) {
  using Result = std::invoke_result_t<Work>;
  if (threads_available()) return std::async(std::launch::async, std::move(work));
  std::promise<Result> done;
  if constexpr (std::is_void_v<Result>) {
    work();
    done.set_value();
  } else {
    done.set_value(work());
  }
  return done.get_future();
}

}  // namespace limber
