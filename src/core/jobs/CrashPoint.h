#pragma once

// Named places where a crash hurts most (a /run accepted but not yet journalled, an image
// committed but not its sidecar). The kill -9 proof test sets FR_CRASH_AT=NAME[:N] and the
// process kills itself with SIGKILL at the N-th (default first) pass through NAME: no cleanup,
// no destructors, exactly like a kill -9 at that instant. Unset (always, outside that test),
// a pass costs one relaxed atomic load.
namespace fr {

void crashPoint(const char *name);

} // namespace fr
