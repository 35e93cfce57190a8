/**
 * Excel stopped in the middle of the add-in's essential writes. One `context.sync()` is not a
 * transaction: what ran before the failure stays in the workbook. The message says what is there now,
 * so the user is never told "nothing was changed" when something was.
 */
export class PartialWriteError extends Error {
  constructor(
    readonly reason: string,
    /** Sheets the plan added that exist now (possibly incomplete). */
    readonly added: readonly string[],
    /** Existing sheets the plan was writing cells into (some may hold the new values). */
    readonly touched: readonly string[],
    /** Earlier generated sheets the plan removed before it stopped. */
    readonly removed: readonly string[],
  ) {
    const q = (names: readonly string[], open: string, close: string) => names.map((n) => `${open}${n}${close}`).join('、');
    const zh = [
      `写入未能全部完成（Excel：${reason}）。`,
      added.length ? `已新增的工作表${q(added, '“', '”')}可能不完整，可删除后重试。` : '',
      touched.length ? `工作表${q(touched, '“', '”')}中可能已有一部分单元格写入了新值，请核对后再重试。` : '',
      removed.length ? `以前生成的${q(removed, '“', '”')}已删除。` : '',
      !added.length && !touched.length && !removed.length ? '工作簿未作改动。' : '其他工作表未改动。',
    ].join('');
    const en = [
      ` / Writing stopped part-way (Excel: ${reason}).`,
      added.length ? ` The new sheet(s) ${q(added, '"', '"')} may be incomplete: delete them and try again.` : '',
      touched.length ? ` Some cells of ${q(touched, '"', '"')} may already hold new values: check them before trying again.` : '',
      removed.length ? ` The earlier generated ${q(removed, '"', '"')} was removed.` : '',
      !added.length && !touched.length && !removed.length ? ' The workbook was not changed.' : ' Other sheets were not changed.',
    ].join('');
    super(zh + en);
    this.name = 'PartialWriteError';
  }

  get changed(): boolean {
    return this.added.length + this.touched.length + this.removed.length > 0;
  }
}
