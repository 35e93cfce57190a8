import { calendarDateFromLocal, formatIsoDate, type CalendarDate } from '../core/calendar/calendarDate';
import type { ClashPolicy, TemplateRequest } from '../core/template/templatePlan';
import { loadTraditional } from '../core/i18n/traditional';
import { intOption, parseArgs, requireOption, stringOption, UsageError, type ParsedArgs } from './args';
import { dateOption, languageOption, maxMbOption, sheetsOption, unitTypeOption } from './options';

// ExcelJS, the engine and OpenCC load when a command needs them: `help` or a usage error answers at once.
const xlsxFiles = () => import('../adapters/exceljs/xlsxFiles');
const generation = () => import('../app/generateTemplate');
import { ensureFolderOf, planSingleOutput } from './outputs';

const HELP = `支部台账助手 Branch Ledger — command line

Usage:
  branch-ledger init --year 2025 --branch 名称 [--type 机关] [--lang zh-CN|zh-TW|en-US]
                     [--sheets roster,dues,...] --out FILE.xlsx [--into EXISTING.xlsx] [--on-clash rename|skip] [--force]
      Writes a template ledger workbook. With --into, adds the sheets to a copy of an existing workbook
      (a sheet name already there is renamed or kept, never overwritten).
  branch-ledger sample [--members 30] [--year 2025] [--as-of YYYY-MM-DD] [--problems] [--seed N]
                       [--branch 名称] [--type 机关] [--lang zh-CN] --out FILE.xlsx [--force]
      Writes a realistic fictional branch ledger, filled and clean (or with planted problems).
  branch-ledger scan FILE.xlsx... [--as-of YYYY-MM-DD] [--format json|table] [--lang zh-CN|zh-TW|en-US]
                     [--out CHECKED.xlsx | --out FOLDER] [--report REPORT.xlsx] [--fail-on critical|warning|info] [--force]
      Checks ledgers (ours or hand-made) against every rule. --out writes a highlighted copy with a
      findings sheet (the input is never changed); --report writes one workbook summarising all files.
  branch-ledger summary FILE.xlsx... [--year 2025] [--as-of YYYY-MM-DD] [--lang zh-CN] --out OUT.xlsx|FOLDER [--only]
                        [--report REPORT.xlsx] [--force]
      Writes the year-end summary (年度汇总) and the dues publication table (党费公布表): into a copy of the
      input, or alone with --only; --report writes one sheet with a row per branch file.
  branch-ledger upcoming FILE.xlsx... [--as-of YYYY-MM-DD] [--days 30] [--format json|table] [--lang zh-CN]
                         [--ics OUT.ics [--force]]
      Lists what is due next (待办): meetings of the current periods, 转正, development steps, the committee's
      term, annual obligations, the month's dues, study pace; --ics writes them as a calendar file.
  branch-ledger fill-dues FILE.xlsx --month 2025-07 (--out OUT.xlsx [--force] | --in-place)
      Enters each liable member's due amount for the month in blank cells only; lists what it skipped.
      A month of another year than the ledger's is refused.
  branch-ledger sync-roster FILE.xlsx (--out OUT.xlsx [--force] | --in-place)
      Adds roster members missing from the dues, study and talk sheets; lists rows not on the roster.
      Both record what they wrote in a 修改记录 sheet.
  branch-ledger rules [--format json|table] [--lang zh-CN|zh-TW|en-US] [--from FILE.xlsx]
      Lists every rule: what it flags, its basis, its numbers and the settings row that changes each;
      with --from, the values in force for that workbook (from its settings sheet, or the defaults).
      The reference is docs/rules.md.
  branch-ledger help

Sheets: settings, roster, development, dues, meeting, study, talk, obligation.
Files: an output never replaces an input; an existing file or a non-empty --out folder is replaced only with
  --force; files are written to a temporary file and renamed, so a failed or killed run leaves them as they were;
  --in-place locks the file (a second run refuses), and is refused on a file with what this tool cannot write
  back (charts, pivot tables, shapes, macros…); a copy that lacks them says so. Excel lock files (~$*.xlsx) are skipped.
Limits: input files over --max-mb (default 12) or unpacking to over 16 times that are refused before loading;
  a workbook over 2,000,000 used cells is refused; in scan, summary and the helpers each file is read in a worker that may
  use --max-memory-mb (default 3072) of memory, so a file past it fails alone.
Exit codes: 0 done, 1 a finding reached --fail-on, 2 unusable arguments, or a file that cannot be read or written or holds no ledger.`;

interface Io {
  out(line: string): void;
  err(line: string): void;
  today(): CalendarDate;
}

const nodeIo: Io = {
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
  today: () => calendarDateFromLocal(new Date()),
};

/** The --out of init and sample: guarded against the inputs (--into) and an existing file. */
function checkOut(args: ParsedArgs, inputs: readonly string[] = []): string {
  return planSingleOutput(args, inputs, requireOption(args, 'out'));
}

function clashOption(args: ParsedArgs): ClashPolicy {
  const v = stringOption(args, 'on-clash') ?? 'rename';
  if (v !== 'rename' && v !== 'skip') throw new UsageError('--on-clash must be rename or skip');
  return v;
}

async function runInit(args: ParsedArgs, io: Io): Promise<number> {
  const year = intOption(args, 'year', io.today().year, 2000, 2100);
  const request: TemplateRequest = {
    settings: { branchName: requireOption(args, 'branch'), unitType: unitTypeOption(args), year },
    lang: languageOption(args),
    sheets: sheetsOption(args),
    today: io.today(),
  };
  const into = stringOption(args, 'into');
  const out = checkOut(args, into ? [into] : []);
  const [{ newXlsx, saveXlsx, readWorkbookFile }, { generateTemplate }] = await Promise.all([xlsxFiles(), generation()]);
  const book = into ? await readWorkbookFile(into, { maxMb: maxMbOption(args) }) : newXlsx();
  const outcome = await generateTemplate(book, request, clashOption(args));
  if (outcome.status === 'clash') throw new Error('unreachable: a policy was given');
  ensureFolderOf(out);
  await saveXlsx(book, out);
  for (const s of outcome.sheets) {
    const note = s.outcome === 'renamed' ? ` (renamed: "${s.requestedName}" exists)` : s.outcome === 'skipped' ? ' (kept the existing sheet)' : s.addedForFormulas ? ' (added: the formulas read it)' : '';
    io.out(`${s.outcome === 'skipped' ? 'kept ' : 'wrote'} ${s.name}${note}`);
  }
  io.out(`saved ${out}`);
  if (into) {
    // The copy lacks what ExcelJS cannot write (charts, pivot tables…): said, on stderr.
    const { copyLossNote, rewriteLoss } = await import('./files/rewriteLoss');
    const loss = rewriteLoss(into, request.lang);
    if (loss) io.err(copyLossNote(into, out, loss, request.lang));
  }
  return 0;
}

async function runSample(args: ParsedArgs, io: Io): Promise<number> {
  const [{ newXlsx, saveXlsx }, { generateTemplate }, { defaultSampleAsOf, generateSampleLedger }] = await Promise.all([xlsxFiles(), generation(), import('../core/sample/sampleLedger')]);
  const year = intOption(args, 'year', io.today().year - 1, 2000, 2100);
  const asOf = dateOption(args, 'as-of') ?? defaultSampleAsOf(year, io.today());
  const lang = languageOption(args);
  const unitType = unitTypeOption({ ...args, options: new Map([...args.options, ['type', stringOption(args, 'type') ?? '机关']]) });
  const sample = generateSampleLedger({
    members: intOption(args, 'members', 30, 3, 20000),
    year,
    asOf,
    branchName: stringOption(args, 'branch'),
    unitType,
    seed: intOption(args, 'seed', 20250701, 0, 2 ** 31),
    plantProblems: args.options.has('problems'),
    lang,
  });
  const out = checkOut(args);
  const book = newXlsx();
  const { settings, ...data } = sample.data;
  await generateTemplate(book, { settings, lang, sheets: sheetsOption(args), data, today: asOf }, 'rename');
  ensureFolderOf(out);
  await saveXlsx(book, out);
  io.out(`saved ${out}: ${sample.data.members.length} members, ${sample.data.meetings.length} meetings, as of ${formatIsoDate(asOf)}`);
  for (const p of sample.planted) io.out(`planted ${p.rule}${p.member ? ` (${p.member})` : ''}: ${p.description}`);
  return 0;
}

export async function main(argv: readonly string[], io: Io = nodeIo): Promise<number> {
  try {
    const args = parseArgs(argv, new Set(['force', 'problems', 'help', 'only', 'in-place']));
    // Text in traditional Chinese needs OpenCC's phrase tables (1 MB, about 0.4 s to build).
    if (stringOption(args, 'lang') === 'zh-TW') await loadTraditional();
    switch (args.command) {
      case 'init':
        return await runInit(args, io);
      case 'sample':
        return await runSample(args, io);
      case 'scan':
        return await (await import('./scanCommand')).runScanCommand(args, io);
      case 'summary':
        return await (await import('./summaryCommand')).runSummaryCommand(args, io);
      case 'upcoming':
        return await (await import('./upcomingCommand')).runUpcomingCommand(args, io);
      case 'fill-dues':
        return await (await import('./fillCommands')).runFillDues(args, io);
      case 'sync-roster':
        return await (await import('./fillCommands')).runSyncRoster(args, io);
      case 'rules':
        return await (await import('./rulesCommand')).runRulesCommand(args, io);
      case undefined:
      case 'help':
      case '--help':
        io.out(HELP);
        return args.command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${args.command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`branch-ledger: ${e.message} (see: branch-ledger help)`);
      return 2;
    }
    io.err(`branch-ledger: ${(e as Error).message}`);
    return 2;
  }
}
