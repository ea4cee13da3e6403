/** Latencies and outcomes of one kind of request, for the soak's table. */
export class Tally {
  private readonly times: number[] = [];
  readonly outcomes = new Map<string, number>();

  add(ms: number, outcome: string) {
    this.times.push(ms);
    this.outcomes.set(outcome, (this.outcomes.get(outcome) ?? 0) + 1);
  }

  get count() {
    return this.times.length;
  }

  percentile(p: number): number {
    if (this.times.length === 0) return NaN;
    const sorted = [...this.times].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  }
}

export function table(rows: Array<Record<string, string | number>>): string {
  if (rows.length === 0) return '';
  const heads = Object.keys(rows[0]!);
  const cell = (v: string | number) => (typeof v === 'number' ? String(Math.round(v * 10) / 10) : v);
  const widths = heads.map((h) => Math.max(h.length, ...rows.map((r) => cell(r[h] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [
    line(heads),
    `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`,
    ...rows.map((r) => line(heads.map((h) => cell(r[h] ?? '')))),
  ].join('\n');
}
