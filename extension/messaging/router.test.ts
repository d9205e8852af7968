import { describe, expect, it, vi } from 'vitest';
import { MAX_MESSAGE_CHARS } from './messages.ts';
import { routeMessage, type Handlers } from './router.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const panel = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };
const contentScript = { id: ID, url: 'https://iep.example.org/student/1', tab: { id: 4 } };
const otherExtension = { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html' };

function spyHandlers() {
  const calls: string[] = [];
  const handler = (name: string) => vi.fn(async () => {
    calls.push(name);
    return name;
  });
  const handlers = {
    'page-changed': handler('page-changed'),
    'caseload.upsert': handler('caseload.upsert'),
    'caseload.import': handler('caseload.import'),
    'caseload.remove': handler('caseload.remove'),
    'caseload.read': handler('caseload.read'),
    'caseload.import-zip': handler('caseload.import-zip'),
    'rows.write': handler('rows.write'),
    'rows.delete': handler('rows.delete'),
    'import-report.clear': handler('import-report.clear'),
    'backup.restore': handler('backup.restore'),
    'data.export': handler('data.export'),
    'data.delete-all': handler('data.delete-all'),
    'settings.save': handler('settings.save'),
    'taught.save': handler('taught.save'),
    'sites.sync': handler('sites.sync'),
    'lock.status': handler('lock.status'),
    'lock.enable': handler('lock.enable'),
    'lock.unlock': handler('lock.unlock'),
    'lock.lock': handler('lock.lock'),
    'lock.disable': handler('lock.disable'),
    'lock.configure': handler('lock.configure'),
    'damaged.remove': handler('damaged.remove'),
    'sheet.status': handler('sheet.status'),
    'sheet.connect': handler('sheet.connect'),
    'sheet.sync': handler('sheet.sync'),
    'sheet.disconnect': handler('sheet.disconnect'),
  } satisfies Handlers;
  return { handlers, calls };
}

const session = { sessionId: 'ses-1', studentId: 'S1', serviceId: 'svc-1', date: '2026-11-02', minutes: 30, outcome: 'delivered' };

describe('team sheet messages', () => {
  it('are accepted from the panel only: a content script can neither connect a sheet nor start a sync', async () => {
    const { handlers, calls } = spyHandlers();
    const url = 'https://docs.google.com/spreadsheets/d/1AbC_dEf-123456789012345/edit';
    expect(await routeMessage({ type: 'sheet.connect', url }, panel, handlers, { extensionId: ID })).toEqual({ ok: true, value: 'sheet.connect' });
    expect((await routeMessage({ type: 'sheet.connect', url }, contentScript, handlers, { extensionId: ID })).ok).toBe(false);
    expect((await routeMessage({ type: 'sheet.sync' }, contentScript, handlers, { extensionId: ID })).ok).toBe(false);
    expect((await routeMessage({ type: 'sheet.sync', resolutions: { 'students:s1': 'overwrite' } }, panel, handlers, { extensionId: ID })).ok).toBe(false);
    expect(calls).toEqual(['sheet.connect']);
  });
});

describe('row messages, generic by table name', () => {
  it('accepts rows its table schema accepts', async () => {
    const { handlers, calls } = spyHandlers();
    expect(await routeMessage({ type: 'rows.write', table: 'sessions', rows: [session] }, panel, handlers, { extensionId: ID })).toEqual({ ok: true, value: 'rows.write' });
    expect(calls).toEqual(['rows.write']);
  });

  it('refuses, at the boundary, a row its table schema refuses, an unknown table, and rows from a content script', async () => {
    const { handlers, calls } = spyHandlers();
    const bad = await routeMessage({ type: 'rows.write', table: 'sessions', rows: [session, { ...session, sessionId: 'ses-2', minutes: 'thirty' }] }, panel, handlers, { extensionId: ID });
    expect(bad).toMatchObject({ ok: false, error: expect.stringContaining('Row 2 of Service log, Minutes') });
    expect((await routeMessage({ type: 'rows.write', table: 'grades', rows: [session] }, panel, handlers, { extensionId: ID })).ok).toBe(false);
    expect((await routeMessage({ type: 'rows.write', table: 'sessions', rows: [session] }, contentScript, handlers, { extensionId: ID })).ok).toBe(false);
    expect(calls).toEqual([]);
  });
});

describe('routeMessage', () => {
  it('runs a valid privileged request from the side panel', async () => {
    const { handlers, calls } = spyHandlers();
    const reply = await routeMessage({ type: 'caseload.upsert', student: { studentId: 'S1001', lastIepDate: '2025-03-09' } }, panel, handlers, { extensionId: ID });
    expect(reply).toEqual({ ok: true, value: 'caseload.upsert' });
    expect(calls).toEqual(['caseload.upsert']);
  });

  it.each([
    { type: 'data.delete-all', confirm: 'DELETE' },
    { type: 'data.export', format: 'csv', today: '2026-11-23' },
    { type: 'caseload.upsert', student: { studentId: 'S1' } },
    { type: 'settings.save', settings: {} },
    { type: 'lock.status' },
    { type: 'lock.unlock', passphrase: 'correct horse battery' },
    { type: 'lock.enable', passphrase: 'correct horse battery', idleMinutes: 15 },
    { type: 'lock.lock' },
    { type: 'lock.disable', passphrase: 'correct horse battery' },
    { type: 'lock.configure', idleMinutes: 5 },
    { type: 'caseload.read' },
    { type: 'rows.delete', table: 'sessions', ids: ['ses-1'] },
    { type: 'caseload.import-zip', zip: 'UEsDBA==' },
  ])('refuses privileged $type from a content script and changes nothing', async (message) => {
    const { handlers, calls } = spyHandlers();
    const reply = await routeMessage(message, contentScript, handlers, { extensionId: ID });
    expect(reply.ok).toBe(false);
    expect(reply).toMatchObject({ error: expect.stringContaining('only accepted from') });
    expect(calls).toEqual([]);
  });

  it('lets a content script say the page changed', async () => {
    const { handlers, calls } = spyHandlers();
    expect((await routeMessage({ type: 'page-changed', url: 'https://x.org/a' }, contentScript, handlers, { extensionId: ID })).ok).toBe(true);
    expect(calls).toEqual(['page-changed']);
  });

  it('refuses messages from another extension', async () => {
    const { handlers, calls } = spyHandlers();
    const reply = await routeMessage({ type: 'page-changed', url: 'x' }, otherExtension, handlers, { extensionId: ID });
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('another extension') });
    expect(calls).toEqual([]);
  });

  it.each([
    ['unknown type', { type: 'eval', code: '1' }],
    ['no type', { student: {} }],
    ['not an object', 'delete everything'],
    ['null', null],
    ['extra key', { type: 'sites.sync', also: 1 }],
    ['bad date', { type: 'caseload.upsert', student: { studentId: 'S1', lastIepDate: '2025-02-30' } }],
    ['lock with no passphrase', { type: 'lock.unlock' }],
    ['lock with idle minutes 0', { type: 'lock.enable', passphrase: 'correct horse battery', idleMinutes: 0 }],
  ])('refuses a malformed message (%s)', async (_name, message) => {
    const { handlers, calls } = spyHandlers();
    const reply = await routeMessage(message, panel, handlers, { extensionId: ID });
    expect(reply.ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it('refuses an oversize message, even a well-formed one', async () => {
    const { handlers, calls } = spyHandlers();
    const fromPage = await routeMessage({ type: 'page-changed', url: 'x'.repeat(1900) + 'y'.repeat(3000) }, contentScript, handlers, { extensionId: ID });
    expect(fromPage).toEqual({ ok: false, error: 'Message too large.' });
    const huge = { type: 'backup.restore', text: 'x'.repeat(MAX_MESSAGE_CHARS + 100_000) };
    expect(await routeMessage(huge, panel, handlers, { extensionId: ID })).toEqual({ ok: false, error: 'Message too large.' });
    expect(calls).toEqual([]);
  });

  it('answers { ok: false } when a handler fails, instead of throwing', async () => {
    const { handlers } = spyHandlers();
    handlers['sites.sync'] = vi.fn(async () => {
      throw new Error('Not saved: storage full.');
    });
    expect(await routeMessage({ type: 'sites.sync' }, panel, handlers, { extensionId: ID })).toEqual({ ok: false, error: 'Not saved: storage full.' });
  });
});
