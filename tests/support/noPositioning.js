// jsdom lays nothing out, so a popup's position means nothing in tests; computing it (floating-ui
// reads the computed style of every ancestor, slow in jsdom) cost seconds per open drop-down.
jest.mock('@floating-ui/dom', () => {
  const actual = jest.requireActual('@floating-ui/dom');
  return {
    ...actual,
    computePosition: (_reference, _floating, options = {}) => Promise.resolve({ x: 0, y: 0, placement: options.placement ?? 'bottom', strategy: options.strategy ?? 'absolute', middlewareData: {} }),
    autoUpdate: () => () => undefined,
  };
});
