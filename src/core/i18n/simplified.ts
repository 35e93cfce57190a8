import * as OpenCC from 'opencc-js/t2cn';

let converter: ((text: string) => string) | null = null;

/** Traditional → simplified characters (any traditional variant), for matching hand-made sheets. */
export function toSimplified(text: string): string {
  if (!converter) converter = OpenCC.Converter({ from: 't', to: 'cn' });
  return converter(text);
}
