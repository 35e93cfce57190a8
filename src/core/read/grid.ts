/** A sheet as read from any host: the core's view, with no host type in it. */
export type CellScalar = string | number | boolean | null;

export interface SheetGrid {
  readonly name: string;
  readonly visible: boolean;
  /** Values from A1 to the last used cell; formulas as their last computed value, dates as serials. */
  readonly values: readonly (readonly CellScalar[])[];
  /** Number formats parallel to `values` ('General' where none). */
  readonly numberFormats: readonly (readonly string[])[];
  /** 1-based indexes of hidden columns. */
  readonly hiddenColumns: readonly number[];
  /**
   * Which cells hold a formula (parallel to `values`). A formula showing "" reads as a blank value,
   * but the filling helpers must never write over it.
   */
  readonly formulaCells?: readonly (readonly boolean[])[];
  /** How many of the add-in's highlight rules the sheet carries (from an earlier scan). */
  readonly highlightRules?: number;
}
