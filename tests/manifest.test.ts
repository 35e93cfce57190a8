import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Offline checks of manifest.xml; `npm run validate` is the networked official validation. */
const ROOT = join(__dirname, '..');
const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('manifest.xml', () => {
  const doc = parser.parse(xml).OfficeApp;

  it('is well-formed XML of a task-pane add-in for Excel', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(doc['@xsi:type']).toBe('TaskPaneApp');
    expect(doc.Hosts.Host['@Name']).toBe('Workbook');
  });

  it('has a GUID id', () => {
    expect(doc.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });

  it('asks for ExcelApi 1.7 and the shared runtime, and only https URLs', () => {
    const sets = Object.fromEntries(doc.Requirements.Sets.Set.map((s: Record<string, string>) => [s['@Name'], s['@MinVersion']]));
    expect(sets).toEqual({ ExcelApi: '1.7', SharedRuntime: '1.1' });
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
  });

  it('puts a group with the pane and 一键检查 buttons on the Home tab, with icons that exist', () => {
    const host = doc.VersionOverrides.Hosts.Host;
    const tab = host.DesktopFormFactor.ExtensionPoint.OfficeTab;
    expect(tab['@id']).toBe('TabHome');
    const [pane, scan] = tab.Group.Control;
    expect(pane.Action['@xsi:type']).toBe('ShowTaskpane');
    expect(scan.Action['@xsi:type']).toBe('ExecuteFunction');
    // The function name must be the one the ribbon code associates.
    expect(readFileSync(join(ROOT, 'src/commands/ribbonScan.ts'), 'utf8')).toContain(`SCAN_COMMAND = '${scan.Action.FunctionName}'`);
    const images = doc.VersionOverrides.Resources['bt:Images']['bt:Image'];
    for (const img of images) {
      const file = new URL(img['@DefaultValue']).pathname;
      expect(existsSync(join(ROOT, file))).toBe(true);
    }
    expect(images.map((i: Record<string, string>) => i['@id'])).toEqual(['Icon.16x16', 'Icon.32x32', 'Icon.80x80']);
  });

  it('runs the pane and the ribbon command in one long-lived runtime: the pane page', () => {
    const host = doc.VersionOverrides.Hosts.Host;
    const keys = Object.keys(host).filter((k) => !k.startsWith('@'));
    // The shared runtime does not load unless <Runtimes> comes first in <Host> and every resid agrees.
    expect(keys[0]).toBe('Runtimes');
    expect(host.Runtimes.Runtime['@lifetime']).toBe('long');
    const resid = host.Runtimes.Runtime['@resid'];
    expect(host.DesktopFormFactor.FunctionFile['@resid']).toBe(resid);
    const pane = host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group.Control[0];
    expect(pane.Action.SourceLocation['@resid']).toBe(resid);
    expect(pane.Action.TaskpaneId).toBeTruthy();
    const urls = doc.VersionOverrides.Resources['bt:Urls']['bt:Url'];
    const url = urls.find((u: Record<string, string>) => u['@id'] === resid)['@DefaultValue'];
    expect(new URL(url).pathname).toBe('/taskpane.html');
    expect(doc.DefaultSettings.SourceLocation['@DefaultValue']).toBe(url);
  });

  it('names itself in the three languages', () => {
    const overrides = doc.DisplayName.Override.map((o: Record<string, string>) => o['@Locale']);
    expect(overrides).toEqual(['zh-TW', 'en-US']);
    expect(doc.DefaultLocale).toBe('zh-CN');
  });
});

describe('the pane pages', () => {
  it.each([['src/taskpane/taskpane.html'], ['src/dialog/dialog.html']])('%s allow only their own origin (no CDN, no telemetry)', (file) => {
    const html = readFileSync(join(ROOT, file), 'utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    // office.js is served from the add-in's own folder, not Microsoft's CDN.
    expect(html).toContain('src="office.js"');
  });
});
