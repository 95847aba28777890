/**
 * bench:api's alternating rounds, printed: each round's bare run and its save runs (save-full,
 * save-minimal) side by side with each save's ratios against that round's bare run, then the medians
 * of the ratios against issue 13's targets (saves at least 40% of bare throughput, p99 at most 2x
 * bare), and the load average around the whole run.
 */
export interface Row { name: string; requests: number; perSecond: number; p50: number; p99: number; errors: number }
export interface Round { bare: Row; saves: Row[] }

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;

export function printRounds(rounds: Round[], loadBefore: number[], loadAfter: number[]): void {
  const names = rounds[0]!.saves.map((s) => s.name);
  console.log(`\nAPI save throughput, ${rounds.length} alternating rounds of bare, ${names.join(', ')} (ratios against the same round's bare run), node ${process.version}\n`);
  console.log(`| round | bare req/s | ${names.map((n) => `${n} req/s | ${n} / bare`).join(' | ')} | bare p99 ms | ${names.map((n) => `${n} p99 ms | ${n} / bare p99`).join(' | ')} | errors (bare, ${names.join(', ')}) |`);
  console.log(`|---:|---:|${names.map(() => '---:|---:|').join('')}---:|${names.map(() => '---:|---:|').join('')}---:|`);
  const throughput = names.map(() => [] as number[]);
  const tail = names.map(() => [] as number[]);
  rounds.forEach(({ bare, saves }, i) => {
    saves.forEach((save, k) => {
      throughput[k]!.push(save.perSecond / Math.max(bare.perSecond, 1));
      tail[k]!.push(save.p99 / Math.max(bare.p99, 1));
    });
    const rates = saves.map((save, k) => `${save.perSecond.toFixed(0)} | ${percent(throughput[k]![i]!)}`).join(' | ');
    const p99s = saves.map((save, k) => `${save.p99} | ${tail[k]![i]!.toFixed(2)}×`).join(' | ');
    console.log(`| ${i + 1} | ${bare.perSecond.toFixed(0)} | ${rates} | ${bare.p99} | ${p99s} | ${[bare, ...saves].map((r) => r.errors).join(', ')} |`);
  });
  const of = (k: number, pick: (r: Row) => number) => median(rounds.map((r) => pick(r.saves[k]!)));
  const rates = names.map((_, k) => `${of(k, (r) => r.perSecond).toFixed(0)} | ${percent(median(throughput[k]!))}`).join(' | ');
  const p99s = names.map((_, k) => `${of(k, (r) => r.p99)} | ${median(tail[k]!).toFixed(2)}×`).join(' | ');
  console.log(`| median | ${median(rounds.map((r) => r.bare.perSecond)).toFixed(0)} | ${rates} | ${median(rounds.map((r) => r.bare.p99))} | ${p99s} | |`);
  const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(' ');
  console.log(`\nload average (1, 5, 15 min) before: ${load(loadBefore)}; after: ${load(loadAfter)}`);
  names.forEach((name, k) => {
    const [t, p] = [median(throughput[k]!), median(tail[k]!)];
    console.log(`issue 13 targets, ${name} (median of the rounds' ratios): throughput ${percent(t)} of bare, target at least 40%: ${t >= 0.4 ? 'met' : 'NOT met'}; p99 ${p.toFixed(2)}x bare, target at most 2x: ${p <= 2 ? 'met' : 'NOT met'}`);
  });
}
