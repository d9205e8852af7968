/**
 * Model-based test of Sync to Calendar (fast-check commands): random adds, edits, bad cells, row
 * deletions and syncs hit by crashes between create and write-back, rate limits, a used-up daily quota
 * and a concurrent run. Throughout, no deadline ever has two events and every edit stays in the sheet;
 * after a final clean sync the calendar holds exactly one event per open deadline.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type IsoDate, addCalendarDays, computeDeadlines, defaultSettings } from '../../shared/index.ts';
import { EVENT_TAG } from '../../apps-script/calendar/event-spec.ts';
import { cellOf, click, drainTriggers, expectNoDuplicates, ourEvents, setUp, shown, trackerEnv, typeStudents } from './tracker-env.ts';
import type { GasEnvironment } from './harness.ts';

interface Student {
  id: string;
  /** Last IEP date, or a bad cell. */
  lastIep: IsoDate | 'next week';
}
interface Model {
  students: Student[];
  next: number;
}
interface Real {
  env: GasEnvironment;
}

const dateFrom = (offset: number) => addCalendarDays('2025-06-01' as IsoDate, offset);
const offsetArb = fc.integer({ min: 0, max: 500 });

function checkSheet(m: Model, r: Real): void {
  const rows = r.env.getDisplayValues('Caseload').slice(1).filter((row) => row.some((c) => c !== ''));
  const ids = r.env.getValues('Caseload')[0]!.indexOf('Student ID');
  expect(rows.map((row) => row[ids])).toEqual(m.students.map((s) => s.id));
  m.students.forEach((s, i) => expect(shown(r.env, 'Last IEP Date', i + 2)).toBe(s.lastIep));
  expectNoDuplicates(r.env);
}

class AddStudent implements fc.Command<Model, Real> {
  constructor(readonly offset: number) {}
  check = () => true;
  run(m: Model, r: Real): void {
    const s: Student = { id: `S${m.next++}`, lastIep: dateFrom(this.offset) };
    m.students.push(s);
    typeStudents(r.env, [{ 'Student ID': s.id, 'Last IEP Date': s.lastIep }], m.students.length + 1);
    checkSheet(m, r);
  }
  toString = () => `add(${this.offset})`;
}

class EditDate implements fc.Command<Model, Real> {
  constructor(readonly pick: number, readonly offset: number | 'bad') {}
  check = (m: Readonly<Model>) => m.students.length > 0;
  run(m: Model, r: Real): void {
    const i = this.pick % m.students.length;
    const value = this.offset === 'bad' ? 'next week' : dateFrom(this.offset);
    m.students[i]!.lastIep = value;
    r.env.setValues('Caseload', cellOf(r.env, 'Last IEP Date', i + 2), [[value]]);
    checkSheet(m, r);
  }
  toString = () => `edit(${this.pick}, ${this.offset})`;
}

class DeleteRow implements fc.Command<Model, Real> {
  constructor(readonly pick: number) {}
  check = (m: Readonly<Model>) => m.students.length > 0;
  run(m: Model, r: Real): void {
    const i = this.pick % m.students.length;
    m.students.splice(i, 1);
    r.env.sheet('Caseload').deleteRow(i + 2);
    checkSheet(m, r);
  }
  toString = () => `delete(${this.pick})`;
}

type Fault = { kind: 'none' } | { kind: 'crash'; at: 'Calendar.Events.insert' | 'Range.setValue'; n: number } | { kind: 'rateLimit'; n: number; times: number } | { kind: 'quota'; n: number } | { kind: 'concurrent' };

class Sync implements fc.Command<Model, Real> {
  constructor(readonly fault: Fault, readonly drain: boolean) {}
  check = () => true;
  run(m: Model, r: Real): void {
    const { env } = r;
    const f = this.fault;
    if (f.kind === 'crash') env.faults.crashAfter({ match: f.at, onCall: f.n });
    if (f.kind === 'rateLimit') env.faults.inject({ match: 'Calendar.Events.insert', error: 'rateLimit', onCall: f.n, times: f.times });
    if (f.kind === 'quota') env.faults.inject({ match: 'Calendar.Events.insert', error: 'quota', onCall: f.n, times: 10_000 });
    let nested: ReturnType<typeof click> | undefined;
    if (f.kind === 'concurrent') env.afterCall('Calendar.Events.list', () => { nested = click(env, 'syncToCalendar'); });
    const run = click(env, 'syncToCalendar');
    env.faults.clear();
    if (f.kind === 'crash') expect(run.error === undefined || run.crashed).toBe(true);
    else expect(run.error).toBeUndefined();
    if (nested) expect(nested.alerts.at(-1)?.prompt).toMatch(/Another sync is running/);
    if (this.drain) drainTriggers(env);
    checkSheet(m, r);
  }
  toString = () => `sync(${JSON.stringify(this.fault)}${this.drain ? ', drain' : ''})`;
}

const faultArb: fc.Arbitrary<Fault> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'none' as const }) },
  fc.record({ kind: fc.constant('crash' as const), at: fc.constantFrom('Calendar.Events.insert' as const, 'Range.setValue' as const), n: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('rateLimit' as const), n: fc.integer({ min: 1, max: 4 }), times: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('quota' as const), n: fc.integer({ min: 1, max: 4 }) }),
  fc.constant({ kind: 'concurrent' as const }),
);

const commands = [
  offsetArb.map((o) => new AddStudent(o)),
  fc.tuple(fc.nat(), fc.oneof(offsetArb, fc.constant('bad' as const))).map(([p, o]) => new EditDate(p, o)),
  fc.nat().map((p) => new DeleteRow(p)),
  fc.tuple(faultArb, fc.boolean()).map(([f, d]) => new Sync(f, d)),
];

describe('calendar sync, model-based', () => {
  it('never duplicates an event or loses an edit, and converges to one event per open deadline', () => {
    fc.assert(
      fc.property(fc.array(offsetArb, { minLength: 1, maxLength: 4 }), fc.commands(commands, { maxCommands: 12 }), (initial, cmds) => {
        const env = trackerEnv();
        setUp(env);
        const model: Model = { students: [], next: 1 };
        const real: Real = { env };
        for (const o of initial) new AddStudent(o).run(model, real);
        fc.modelRun(() => ({ model, real }), cmds);

        // Fix every bad cell, then one clean sync (plus any continuation) must converge.
        model.students.forEach((s, i) => {
          if (s.lastIep !== 'next week') return;
          s.lastIep = dateFrom(100 + i);
          env.setValues('Caseload', cellOf(env, 'Last IEP Date', i + 2), [[s.lastIep]]);
        });
        env.clock.advance(2 * 86_400_000);
        click(env, 'syncToCalendar');
        drainTriggers(env);
        const today = new Date(env.clock.now() - 5 * 3_600_000).toISOString().slice(0, 10) as IsoDate;
        const expected = model.students
          .flatMap((s) => computeDeadlines({ studentId: s.id, lastIepDate: s.lastIep as IsoDate }, defaultSettings, today).deadlines.filter((d) => d.status !== 'done').map((d) => `${s.id} ${d.dueDate}`))
          .sort();
        const actual = ourEvents(env).map((e) => `${e.title.replace(/^.*\((S\d+)\)$/, '$1')} ${e.startDate}`).sort();
        expect(actual).toEqual(expected);
        expect(ourEvents(env).every((e) => e.tags[EVENT_TAG])).toBe(true);
        checkSheet(model, real);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
