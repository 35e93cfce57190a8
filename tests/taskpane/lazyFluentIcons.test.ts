import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * tests/support/lazyFluentIcons.js stands for @fluentui/react-icons in jest (loading icons on first
 * use). Every name a Fluent component reads from the package must come through it as the real
 * package defines it; an upgrade that moves icons elsewhere fails here, not as a blank render.
 */
const FLUENT = join(__dirname, '..', '..', 'node_modules', '@fluentui');

function namesFluentReads(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.cjs')) {
        const text = readFileSync(path, 'utf8');
        const m = /const (\w+) = require\("@fluentui\/react-icons"\)/.exec(text);
        if (!m) continue;
        for (const use of text.matchAll(new RegExp(`\\b${m[1]}\\.(\\w+)`, 'g'))) names.add(use[1]);
      }
    }
  };
  for (const pkg of readdirSync(FLUENT)) {
    if (pkg === 'react-icons') continue;
    try {
      walk(join(FLUENT, pkg, 'lib-commonjs'));
    } catch {
      // A package without CommonJS output imports no icons in jest.
    }
  }
  return names;
}

test('every icon and helper Fluent reads comes through the lazy @fluentui/react-icons', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const icons = require('@fluentui/react-icons') as Record<string, unknown>;
  const names = namesFluentReads();
  expect(names.size).toBeGreaterThan(20);
  const missing = [...names].filter((n) => icons[n] === undefined);
  expect(missing).toEqual([]);
  // Icons are the package's own components (made by createFluentIcon), helpers its own values.
  expect(typeof icons.ChevronDownRegular).toBe('object');
  expect(icons.iconFilledClassName).toBe('fui-Icon-filled');
  expect('DismissRegular' in icons).toBe(true);
  expect('NoSuchIcon' in icons).toBe(false);
});
