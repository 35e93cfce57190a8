import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';

export const ROOT = resolve(__dirname, '..', '..');
export const WEB_HTML = join(ROOT, 'dist-web', 'branch-ledger.html');
export const WEB_URL = `file://${WEB_HTML}`;

/** Debian's chromium (CI installs it with apt-get), or CHROMIUM=path; null when there is none. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(p)) ?? null;
}

function newestMtime(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newestMtime(join(path, name))), s.mtimeMs);
}

/** Builds dist-web/branch-ledger.html when it is missing or older than the sources, so the tests never run a stale page. */
export function ensureWebBuild(): void {
  const sources = Math.max(newestMtime(join(ROOT, 'src')), newestMtime(join(ROOT, 'webpack.web.config.js')), newestMtime(join(ROOT, 'package-lock.json')));
  if (existsSync(WEB_HTML) && statSync(WEB_HTML).mtimeMs >= sources) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--config', 'webpack.web.config.js', '--mode', 'production'], { cwd: ROOT, stdio: 'pipe' });
  // webpack leaves an output whose bytes did not change untouched (compareBeforeEmit), so its time
  // would stay older than the sources and every run would build again: mark it as built now.
  const now = new Date();
  utimesSync(WEB_HTML, now, now);
}

export async function launch(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

/** Only the page itself and what it makes in memory: anything else is a request the page must not make. */
export const ALLOWED_URL = /^(file|data|blob):/;
