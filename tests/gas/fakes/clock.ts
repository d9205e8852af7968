/**
 * The fake wall clock shared by every execution of one environment. `Date.now()` and `new Date()`
 * inside the vm read it; service calls advance it by their configured cost; `Utilities.sleep`
 * advances it; tests move it with `advance`/`set`. Nothing here reads the real time.
 */
export class FakeClock {
  #now: number;

  constructor(start: Date | number) {
    this.#now = typeof start === 'number' ? start : start.getTime();
    if (!Number.isFinite(this.#now)) throw new Error('FakeClock: start time is not a valid date');
  }

  /** Current fake time in epoch milliseconds. */
  now(): number {
    return this.#now;
  }

  /** Moves the clock forward by `ms` (negative values are refused: time never runs backwards). */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`FakeClock: cannot advance by ${ms} ms`);
    this.#now += ms;
  }

  /** Jumps to an absolute time (forwards or backwards: tests may need "next day"). */
  set(time: Date | number): void {
    const ms = typeof time === 'number' ? time : time.getTime();
    if (!Number.isFinite(ms)) throw new Error('FakeClock: invalid time');
    this.#now = ms;
  }
}
