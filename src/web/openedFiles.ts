import type { Language } from '../core/i18n/language';
import { web } from './webText';

/** A file the user opened: its bytes (the working copy the helpers change) or why it cannot be used. */
export interface OpenedFile {
  readonly id: number;
  readonly name: string;
  readonly bytes: ArrayBuffer | null;
  readonly problem: string | null;
  /** Whether a helper has changed the working copy since it was opened. */
  readonly changed: boolean;
}

/**
 * As the CLI's default --max-mb: ExcelJS holds a workbook in memory at about 250 times its file
 * size, so a larger file would make the tab run out of memory rather than fail with a message.
 */
export const MAX_XLSX_MB = 12;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Why a file cannot be opened as an .xlsx workbook, or null: decided from its name, size and first bytes. */
export function fileProblem(name: string, size: number, head: Uint8Array, lang: Language): string | null {
  if (/\.(xls|et|ett|xlt)$/i.test(name) || startsWith(head, OLE_MAGIC)) return web('oldFormat', lang);
  if (size > MAX_XLSX_MB * 1024 * 1024) return web('tooLarge', lang).replace('{mb}', (size / 1024 / 1024).toFixed(1)).replace('{max}', String(MAX_XLSX_MB));
  if (!startsWith(head, ZIP_MAGIC)) return web('notXlsx', lang);
  return null;
}

let nextId = 1;

export async function openFile(file: File, lang: Language): Promise<OpenedFile> {
  const id = nextId++;
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  const problem = fileProblem(file.name, file.size, head, lang);
  if (problem) return { id, name: file.name, bytes: null, problem, changed: false };
  try {
    return { id, name: file.name, bytes: await file.arrayBuffer(), problem: null, changed: false };
  } catch (e) {
    return { id, name: file.name, bytes: null, problem: (e as Error).message, changed: false };
  }
}

/** The file name without its .xlsx extension, for naming the downloads made from it. */
export function baseName(name: string): string {
  return name.replace(/\.xlsx$/i, '');
}
