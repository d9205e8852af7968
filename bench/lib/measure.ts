import { performance } from 'node:perf_hooks';

/**
 * Median and spread of a function's run time in milliseconds, after warm-up runs. Measured as the
 * process's CPU time (user + system), so other work on a busy machine does not inflate the figure;
 * `wall` is the median wall-clock time for comparison.
 */
export function timeIt(fn: () => unknown, { runs = 9, warmup = 2 } = {}): { median: number; min: number; max: number; wall: number } {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  const walls: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    fn();
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  walls.sort((a, b) => a - b);
  const mid = Math.floor(runs / 2);
  return { median: times[mid] as number, min: times[0] as number, max: times.at(-1) as number, wall: walls[mid] as number };
}

/** One benchmark line: `name: value unit (target …, ratio …)`. */
export function report(name: string, value: number, unit: string, target?: number): void {
  const shown = value >= 100 ? value.toFixed(0) : value.toFixed(2);
  const ratio = target ? `; ${(value / target).toFixed(2)}× of target` : '';
  const goal = target === undefined ? '' : ` (target ≤ ${target} ${unit}${ratio}${value <= target ? ', met' : ', MISSED'})`;
  console.log(`${name}: ${shown} ${unit}${goal}`);
}
