#!/usr/bin/env node
// Checks the web edition's one file: its inline script is ES2019 (es-check, syntax and built-in
// features), it loads nothing (no src=/href= to anything), and it stays within the size budget.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const HTML = path.resolve(__dirname, '..', 'dist-web', 'branch-ledger.html');
const BUDGET_BYTES = 2500000;

const html = fs.readFileSync(HTML, 'utf8');
const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]).sort((a, b) => b.length - a.length);
if (scripts.length !== 2) throw new Error(`expected two inline scripts (the bundle, the old-browser message), found ${scripts.length}`);
const external = html.match(/\s(src|href)\s*=\s*["'][^"']+/gi);
if (external) throw new Error(`the page refers to other files: ${external.join(', ')}`);
if (!/Content-Security-Policy[^>]*connect-src 'none'/.test(html)) throw new Error('the page has no CSP forbidding connections');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'web-check-'));
const js = path.join(dir, 'branch-ledger.js');
fs.writeFileSync(js, scripts[0]);
const legacy = path.join(dir, 'old-browser-message.js');
fs.writeFileSync(legacy, scripts[1]);
const esCheck = path.resolve(__dirname, '..', 'node_modules', '.bin', 'es-check');
// Syntax: ES2019, what the browsers of UOS/Kylin and WPS's era parse; the message for older ones is ES5.
execFileSync(esCheck, ['es2019', js], { stdio: 'inherit' });
execFileSync(esCheck, ['es5', legacy], { stdio: 'inherit' });
// Built-ins: none newer than Chromium 86. es-check flags Array.prototype.findLast by name, but the
// only findLast in the bundle is a method of Fluent's focus library (tabster) called with an
// options object; a real array findLast(callback) would still fail the test below.
if (/\.findLast\((?!\{)/.test(scripts[0])) throw new Error('the bundle calls Array.prototype.findLast (Chromium 97+)');
execFileSync(esCheck, ['checkBrowser', js, '--browserslistQuery=chrome >= 86', '--checkFeatures', '--ignore=ArrayFindLast'], { stdio: 'inherit' });
fs.rmSync(dir, { recursive: true, force: true });

const size = fs.statSync(HTML).size;
console.log(`branch-ledger.html: ${(size / 1024 / 1024).toFixed(2)} MiB (${size} bytes; budget ${BUDGET_BYTES} bytes)`);
if (size > BUDGET_BYTES) throw new Error('the web edition is over its size budget');
