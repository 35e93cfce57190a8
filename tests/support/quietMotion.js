// Tests must not wait on animations: the page says the user prefers reduced motion, so Fluent UI's
// motion (and anything else asking) runs none. jsdom has no matchMedia of its own.
if (typeof window !== 'undefined') {
  window.matchMedia = (query) => ({
    matches: /prefers-reduced-motion:\s*reduce/.test(query),
    media: query,
    onchange: null,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
    dispatchEvent: () => false,
  });
}
