import { stPhrases } from './phraseStore';

// Stands in for opencc-js/dist/esm-lib/dict/STPhrases.js in the web build (webpack.web.config.js).
export default stPhrases();
