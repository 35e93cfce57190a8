/** A sheet as read from any host: the core's view, with no host type in it. */
export type CellScalar = string | number | boolean | null;

/** A merged area, 1-based and inclusive: one value (in its top-left cell) spread over the span. */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

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
  /**
   * Merged areas as the host reports them. Absent when the host cannot say (an older Excel): the
   * reader then infers a header band's spans from a label followed by blanks.
   */
  readonly merges?: readonly MergedArea[];
  /** How many of the add-in's highlight rules the sheet carries (from an earlier scan). */
  readonly highlightRules?: number;
}
