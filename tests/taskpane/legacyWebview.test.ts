/** @jest-environment jsdom */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const source = readFileSync(join(__dirname, '../../src/taskpane/legacyWebview.js'), 'utf8');

function loadWith(userAgent: string, language: string): string {
  document.documentElement.removeAttribute('data-unsupported-webview');
  document.body.innerHTML = '<div id="root"></div>';
  Object.defineProperty(window.navigator, 'userAgent', { value: userAgent, configurable: true });
  Object.defineProperty(window.navigator, 'language', { value: language, configurable: true });
  // As the page runs it: a classic script in the window's global scope.
  new Function(source)();
  return document.getElementById('root')!.textContent ?? '';
}

describe('the pane page in an old webview', () => {
  it('tells IE 11 (Trident) and Edge Legacy users why the pane cannot run, in their language', () => {
    expect(loadWith('Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko', 'zh-CN')).toContain('Office 2021');
    expect(document.documentElement.dataset.unsupportedWebview).toBe('true');
    expect(loadWith('Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0 Safari/537.36 Edge/18.19041', 'zh-TW')).toContain('無法執行');
    expect(loadWith('Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko', 'en-US')).toContain('Microsoft 365');
  });

  it('stays silent in WebView2 (Chromium Edge), leaving the pane to React', () => {
    expect(loadWith('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 Edg/130.0', 'zh-CN')).toBe('');
    expect(document.documentElement.dataset.unsupportedWebview).toBeUndefined();
  });

  it('is ES5: no arrow functions, let/const, template literals or optional chaining', () => {
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/'[^']*'/g, "''");
    expect(code).not.toMatch(/=>|\blet\b|\bconst\b|`|\?\./);
  });
});
