/** Summary statistics for benchmark samples (pure, so the table maths is tested apart from the browser). */

/** The q-quantile (0..1) of `values` by linear interpolation, or null for no values. */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Median with min and max, or null when no run produced a figure. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** Median and range of the runs that produced a number (null runs are left out). */
export function spread(values: readonly (number | null)[]): Spread | null {
  const nums = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (nums.length === 0) return null;
  return { median: quantile(nums, 0.5)!, min: Math.min(...nums), max: Math.max(...nums) };
}

/** "812 (790–850)" with `unit`, or "n/a". */
export function formatSpread(s: Spread | null, unit: string, digits = 0): string {
  if (!s) return 'n/a';
  const f = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return s.min === s.max ? `${f(s.median)} ${unit}` : `${f(s.median)} ${unit} (${f(s.min)}–${f(s.max)})`;
}

/** Lays out rows of cells as a plain-text table with aligned columns. */
export function formatTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.slice(1).map(line)].join('\n');
}
