/**
 * bench:api's alternating rounds, printed: each round's bare and save runs side by side with their
 * ratios, then the medians of the ratios against issue 13's targets (saves at least 40% of bare
 * throughput, p99 at most 2x bare), and the load average around the whole run.
 */
export interface Row { name: string; requests: number; perSecond: number; p50: number; p99: number; errors: number }

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export function printRounds(rounds: { bare: Row; save: Row }[], loadBefore: number[], loadAfter: number[]): void {
  const first = rounds[0]!;
  console.log(`\nAPI save throughput, ${rounds.length} alternating rounds: "${first.bare.name}" then "${first.save.name}", node ${process.version}\n`);
  console.log('| round | bare req/s | save req/s | save / bare req/s | bare p99 ms | save p99 ms | save / bare p99 | save p50 ms | errors (bare, save) |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const throughput: number[] = [];
  const tail: number[] = [];
  rounds.forEach(({ bare, save }, i) => {
    throughput.push(save.perSecond / Math.max(bare.perSecond, 1));
    tail.push(save.p99 / Math.max(bare.p99, 1));
    console.log(`| ${i + 1} | ${bare.perSecond.toFixed(0)} | ${save.perSecond.toFixed(0)} | ${(throughput[i]! * 100).toFixed(1)}% | ${bare.p99} | ${save.p99} | ${tail[i]!.toFixed(2)}× | ${save.p50} | ${bare.errors}, ${save.errors} |`);
  });
  const [t, p] = [median(throughput), median(tail)];
  console.log(`| median | ${median(rounds.map((r) => r.bare.perSecond)).toFixed(0)} | ${median(rounds.map((r) => r.save.perSecond)).toFixed(0)} | ${(t * 100).toFixed(1)}% | ${median(rounds.map((r) => r.bare.p99))} | ${median(rounds.map((r) => r.save.p99))} | ${p.toFixed(2)}× | ${median(rounds.map((r) => r.save.p50))} | |`);
  const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(' ');
  console.log(`\nload average (1, 5, 15 min) before: ${load(loadBefore)}; after: ${load(loadAfter)}`);
  console.log(`issue 13 targets (median of the rounds' ratios): save throughput ${(t * 100).toFixed(1)}% of bare, target at least 40%: ${t >= 0.4 ? 'met' : 'NOT met'}; save p99 ${p.toFixed(2)}x bare, target at most 2x: ${p <= 2 ? 'met' : 'NOT met'}`);
}
