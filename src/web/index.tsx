import { loadPhrases } from './opencc/phraseStore';

// The app's modules (and the zh-TW converter among them) are evaluated only once the phrase
// dictionary is inflated; the build keeps this import in the one bundle (no chunk to load).
void loadPhrases()
  .then(() => import('./start'))
  .then((m) => m.start());
