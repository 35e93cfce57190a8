import { characterMap, convertCharacters } from './characterMap';
import { TRADITIONAL_TO_SIMPLIFIED } from './simplifiedTable';

let map: Map<string, string> | null = null;

/**
 * Traditional → simplified characters, for matching hand-made sheets. Character by character:
 * headers and names need no phrase rules (traditional → simplified is nearly always many-to-one),
 * and the table is 15 KB where OpenCC's converter with its phrase tables is ten times that.
 */
export function toSimplified(text: string): string {
  map ??= characterMap(TRADITIONAL_TO_SIMPLIFIED);
  return convertCharacters(text, map);
}
