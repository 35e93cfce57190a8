import { localize, type Language } from '../core/i18n/language';
import { openXlsxForReading } from '../adapters/exceljs/streamingRead';
import { readWorkbook } from '../core/read/readLedger';
import type { SettingsReading } from '../core/read/readSettings';
import { isGeneratedSheet } from '../core/scan/generatedSheets';
import { RULES } from '../core/rules/ruleCatalogue';
import { RULE_PARAMETERS } from '../core/rules/ruleParameters';
import { explainRule } from '../core/rules/ruleExplanation';
import { citeBasis } from '../core/rules/basisDocuments';
import { SETTINGS_ITEMS } from '../core/schema/settingsSchema';
import { stringOption, UsageError, type ParsedArgs } from './args';
import { languageOption, maxMbOption } from './options';

export interface RulesIo {
  out(line: string): void;
  err(line: string): void;
}

function formatOption(args: ParsedArgs): 'json' | 'table' {
  const v = stringOption(args, 'format') ?? 'table';
  if (v !== 'json' && v !== 'table') throw new UsageError('--format must be json or table');
  return v;
}

async function settingsOf(file: string, maxMb: number): Promise<SettingsReading | null> {
  let grids;
  try {
    grids = await openXlsxForReading(file, maxMb).readSheets();
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
  return readWorkbook(grids.filter((g) => !isGeneratedSheet(g))).settings;
}

/**
 * `rules [--format json|table] [--lang] [--from FILE]`: the rule catalogue, and with --from the
 * numbers in force for that workbook — which its settings sheet sets, which are the defaults.
 * Everything printed comes from core/rules, the catalogue docs/rules.md and the 规则说明 sheet are made from.
 */
export async function runRulesCommand(args: ParsedArgs, io: RulesIo): Promise<number> {
  if (args.positionals.length) throw new UsageError(`rules takes no file argument; use --from ${args.positionals[0]}`);
  const format = formatOption(args);
  const lang: Language = languageOption(args);
  const from = stringOption(args, 'from');
  const settings = from ? await settingsOf(from, maxMbOption(args)) : null;
  const view = { parameters: settings?.parameters, localStandardName: settings?.localStandardName ?? null, sheet: settings?.sheet ?? null };
  const explained = RULES.map((r) => explainRule(r.id, lang, view));
  const invalid = new Set((settings?.invalid ?? []).map((i) => i.key));

  if (format === 'json') {
    io.out(
      JSON.stringify(
        {
          lang,
          from: from ?? null,
          settingsSheet: settings?.sheet ?? null,
          localStandard: settings?.localStandardName ?? null,
          parameters: RULE_PARAMETERS.map((p) => {
            const set = settings?.parameters.get(p.id);
            return {
              id: p.id,
              label: localize(p.label, lang),
              unit: p.unit,
              defaultValue: p.defaultValue,
              value: set ?? p.defaultValue,
              source: set !== undefined ? 'settings' : 'default',
              unreadable: invalid.has(p.id),
              basis: citeBasis(p.citations, lang, view.localStandardName),
              rules: p.rules,
            };
          }),
          rules: explained.map((x) => ({
            id: x.id,
            title: x.title,
            severity: x.severity,
            severityText: x.severityText,
            what: x.what,
            why: x.why,
            basis: x.basis,
            parameters: x.parameters.map((p) => p.id),
            settingsItems: RULES.find((r) => r.id === x.id)!.settingsItems,
            whereToChange: x.whereToChange,
          })),
        },
        null,
        2,
      ),
    );
    return 0;
  }

  const t = (zh: string, en: string): string => localize({ zh, en }, lang);
  if (from) {
    io.out(
      settings
        ? t(`${from}：设置表“${settings.sheet}”；标“设置表”的数值来自该表，其余为默认值。`, `${from}: settings sheet "${settings.sheet}"; values marked "settings" come from it, the others are defaults.`)
        : t(`${from}：没有设置表，全部使用默认值。`, `${from}: no settings sheet; every value is the default.`),
    );
    if (settings?.localStandardName) io.out(t(`本单位规定：《${settings.localStandardName}》`, `Local standard: ${settings.localStandardName}`));
    for (const i of settings?.invalid ?? []) io.out(t(`  无法读取：${i.label}（第${i.row}行），按默认值`, `  unreadable: ${i.label} (row ${i.row}), default used`));
    io.out('');
  }
  for (const x of explained) {
    io.out(`${x.id.padEnd(30)} ${x.title}  [${x.severityText}]`);
    io.out(`  ${t('检查', 'What')}: ${x.what}`);
    io.out(`  ${t('依据', 'Basis')}: ${x.basis}`);
    for (const p of x.parameters) {
      const source = p.fromSettings ? t(`设置表；默认 ${p.defaultValue}`, `settings; default ${p.defaultValue}`) : invalid.has(p.id) ? t('设置表中无法读取，按默认', 'unreadable in settings, default') : t('默认', 'default');
      io.out(`  ${t('设置', 'Setting')}: ${p.label} = ${p.value} (${source})`);
    }
    for (const key of RULES.find((r) => r.id === x.id)!.settingsItems) {
      const label = localize(SETTINGS_ITEMS.find((s) => s.key === key)!.label, lang);
      io.out(`  ${t('设置', 'Setting')}: ${label}`);
    }
  }
  return 0;
}
