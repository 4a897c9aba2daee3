// Loaded into every Node process of a flake hunt (NODE_OPTIONS). libfaketime shares one semaphore
// between a process and the children it starts (FAKETIME_SHARED) and takes it on every clock read;
// a child killed while holding it (vitest ending a worker, a test's SIGKILL) freezes every other
// process of the tree in a futex. Dropping the handle here gives each Node process's children their
// own semaphore: the fixed offset is in FAKETIME, so nothing else needs sharing.
delete process.env.FAKETIME_SHARED;
