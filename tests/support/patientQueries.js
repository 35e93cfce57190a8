// findBy…/waitFor wait for something to appear; their deadline means "it never will", not "the
// machine is busy": a lazily loaded tab is transformed and loaded on first use, which on a loaded
// machine takes more than the 1 s default.
if (typeof window !== 'undefined') {
  require('@testing-library/dom').configure({ asyncUtilTimeout: 30000 });
}
