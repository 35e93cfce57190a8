import { ConverterBuilder } from 'opencc-js/core';
import * as preset from 'opencc-js/preset/cn2t';

/**
 * `opencc-js/cn2t` for the web build: the same converter built from OpenCC's own core and cn2t
 * preset, whose phrase dictionary the build replaces with the inflated one (phraseStore.ts).
 */
export const Converter = ConverterBuilder(preset);
