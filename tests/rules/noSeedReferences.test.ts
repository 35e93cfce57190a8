import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, localize, type Localized } from '../../src/core/i18n/language';
import { RULES } from '../../src/core/rules/ruleCatalogue';
import { RULE_PARAMETERS } from '../../src/core/rules/ruleParameters';
import { explainRule } from '../../src/core/rules/ruleExplanation';
import { ANNUAL_OBLIGATIONS } from '../../src/core/template/annualObligations';
import { planTemplate } from '../../src/core/template/templatePlan';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import { isFormula } from '../../src/core/plan/writePlan';
import { calendarDate } from '../../src/core/calendar/calendarDate';
import { sampleGridsFromPlan, templateRequest } from '../support/workbooks';

/**
 * Users are told the basis by document title (DOMAIN.md "Citing the basis to users"): the project's
 * internal names for its source documents ("种子文件004", "seed 004") must never reach them.
 */
const INTERNAL = /种子|種子|\bseeds?\b/i;

const texts = (l: Localized | undefined): string[] => (l ? LANGUAGES.map((lang) => localize(l, lang)) : []);

function expectClean(where: string, all: readonly string[]): void {
  const leaks = all.filter((t) => INTERNAL.test(t));
  expect(leaks.map((t) => `${where}: ${t}`)).toEqual([]);
}

describe('no user-visible text cites the source documents by internal name', () => {
  it('the rule catalogue and its explanations', () => {
    expectClean(
      'catalogue',
      RULES.flatMap((r) => [...texts(r.title), ...texts(r.what), ...texts(r.why), ...texts(r.basis), ...texts(r.severityNote), r.example.message]),
    );
    expectClean(
      'explanation',
      RULES.flatMap((r) => LANGUAGES.flatMap((lang) => Object.values(explainRule(r.id, lang)).flatMap((v) => (typeof v === 'string' ? [v] : [JSON.stringify(v)])))),
    );
  });

  it('the settings rows and the annual obligations', () => {
    expectClean('parameters', RULE_PARAMETERS.flatMap((p) => [...texts(p.label), ...texts(p.basis)]));
    expectClean('obligations', ANNUAL_OBLIGATIONS.flatMap((o) => [...texts(o.item), ...texts(o.basis)]));
  });

  it('every cell of a generated template (settings 依据, obligations 依据, 规则说明), in each language', () => {
    for (const lang of LANGUAGES) {
      const planned = planTemplate(templateRequest(lang), []);
      if (planned.status !== 'planned') throw new Error('expected a plan');
      const cells = planned.plan.sheets.flatMap((s) =>
        s.blocks.flatMap((b) => b.values.flat().map((v) => (typeof v === 'string' ? v : v !== null && isFormula(v) ? v.formula : ''))),
      );
      expect(cells.join('')).toContain(lang === 'en-US' ? 'Constitution of the Communist Party of China' : lang === 'zh-TW' ? '《中國共產黨章程》' : '《中国共产党章程》');
      expectClean(`template ${lang}`, cells);
    }
  });

  it("a scan's findings (message and basis)", () => {
    const grids = sampleGridsFromPlan(30, true);
    for (const lang of LANGUAGES) {
      const result = scanWorkbook(grids, { asOf: calendarDate(2025, 12, 31), today: calendarDate(2025, 12, 31), lang });
      expect(result.findings.length).toBeGreaterThan(5);
      expectClean(`findings ${lang}`, result.findings.flatMap((f) => [f.message, f.basis]));
    }
  });

  it('docs/rules.md and the README', () => {
    const root = join(__dirname, '..', '..');
    expectClean('docs/rules.md', readFileSync(join(root, 'docs', 'rules.md'), 'utf8').split('\n'));
    // The README documents the sample generator's `--seed N` (a random seed); no document is cited as a seed.
    const readme = readFileSync(join(root, 'README.md'), 'utf8').split('\n');
    expect(readme.filter((l) => /种子文件|seeds? 0\d\d|DOMAIN\.md|shared\/seeds/i.test(l))).toEqual([]);
  });
});
