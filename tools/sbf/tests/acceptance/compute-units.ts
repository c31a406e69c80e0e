// Compute units of each acceptance instruction, per SBPF version and token program, printed as a
// table when the suite ends (the bench reports the v3 numbers as nd_acceptance.<instruction>).
export class ComputeUnitLog {
  private readonly rows = new Map<string, Map<string, number>>();

  record(column: string, instruction: string, units: number): void {
    if (!this.rows.has(instruction)) this.rows.set(instruction, new Map());
    this.rows.get(instruction)?.set(column, units);
  }

  get(column: string, instruction: string): number | undefined {
    return this.rows.get(instruction)?.get(column);
  }

  table(): string {
    const columns = [...new Set([...this.rows.values()].flatMap((r) => [...r.keys()]))].sort();
    const width = Math.max(...[...this.rows.keys()].map((k) => k.length), 11);
    const head = ["instruction".padEnd(width), ...columns.map((c) => c.padStart(16))].join(" ");
    const lines = [...this.rows.entries()].map(([ix, r]) => [ix.padEnd(width), ...columns.map((c) => String(r.get(c) ?? "-").padStart(16))].join(" "));
    return [head, ...lines].join("\n");
  }
}
