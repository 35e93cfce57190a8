import { loadPhrases } from './opencc/phraseStore';

// Fluent's focus handling holds elements through WeakRef (Chromium 84, Firefox 79). Where it is
// missing (the older UOS/Kylin browsers), a strong reference does the same job at a little memory.
if (typeof WeakRef === 'undefined') {
  (globalThis as unknown as { WeakRef: unknown }).WeakRef = class<T> {
    constructor(private readonly target: T) {}
    deref(): T {
      return this.target;
    }
  };
}

// The app's modules (and the zh-TW converter among them) are evaluated only once the phrase
// dictionary is inflated; the build keeps this import in the one bundle (no chunk to load).
void loadPhrases()
  .then(() => import('./start'))
  .then((m) => m.start())
  .then(() => {
    // Started: later errors are the app's to show, not a sign of an old browser.
    window.onerror = null;
  });
