#include "platform/threads.hpp"

namespace limber {

bool threads_available() { return false; }

}  // namespace limber
