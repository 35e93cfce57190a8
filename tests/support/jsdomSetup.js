// jsdom has no ResizeObserver; Fluent UI's MessageBar measures itself with one.
if (typeof window !== 'undefined' && !window.ResizeObserver) {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
// jsdom lays nothing out: of Fluent's style rules, only those that hide an element mean anything to a
// test (testing-library's role queries skip what `display: none` or `visibility: hidden` hides). The
// other hundreds of rules only slowed every getComputedStyle jsdom makes, for every query and element.
if (typeof window !== 'undefined') {
  const insertRule = window.CSSStyleSheet.prototype.insertRule;
  const HIDES = /display\s*:\s*none|visibility\s*:\s*(hidden|collapse)/i;
  window.CSSStyleSheet.prototype.insertRule = function (rule, index) {
    return HIDES.test(rule) ? insertRule.call(this, rule, index === undefined ? this.cssRules.length : Math.min(index, this.cssRules.length)) : this.cssRules.length;
  };
}
