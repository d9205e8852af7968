import { useEffect, useMemo, useState } from 'react';
import {
  allowedSettingValues,
  applySetting,
  getRulePack,
  listDateSettings,
  listRulePacks,
  parseIcsCalendar,
  parseSchoolCalendar,
  Settings,
  type DateSetting,
  type SchoolCalendar,
} from '../../shared/index.ts';
import { DateSettingField } from './DateSettingField.tsx';
import type { PanelViewProps } from './panel-view.ts';
import type { KnownSystem } from './SiteAccess.tsx';

export interface SettingsViewProps {
  settings: Settings;
  onSave(settings: Settings): Promise<void>;
  allowedSites: readonly string[];
  knownSystems: readonly KnownSystem[];
  onAllow(origins: string[]): Promise<void>;
  onRevoke(origin: string): Promise<void>;
}

/** The settings with one setting back to its default (a caseload setting removed, or the state's rule setting). */
function withoutSetting(settings: Settings, setting: DateSetting): Settings {
  if (setting.scope === 'state') {
    const { [setting.id]: _gone, ...rest } = settings.ruleSettings;
    return { ...settings, ruleSettings: rest };
  }
  const { [setting.id as keyof Settings]: _gone, ...rest } = settings;
  return rest as Settings;
}

/** State, every setting that changes a due date, school calendar and the sites Casekeeper may read. */
export function SettingsView({ settings, onSave, allowedSites, knownSystems, onAllow, onRevoke }: SettingsViewProps) {
  const [draft, setDraft] = useState<Settings>(settings);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [closure, setClosure] = useState({ date: '', name: '' });
  const [site, setSite] = useState('');
  const [year, setYear] = useState({ firstDay: '', lastDay: '' });
  /** What is typed in a setting's box while it is not a valid value, and why. */
  const [typing, setTyping] = useState<Record<string, { text: string; error: string }>>({});
  useEffect(() => setDraft(settings), [settings]);
  const dateSettings = useMemo(() => listDateSettings(draft), [draft]);
  const pack = getRulePack(draft.state);
  const stateName = pack.ok && draft.state ? pack.value.name : 'Federal';

  const changeSetting = (setting: DateSetting, text: string) => {
    const rest = Object.fromEntries(Object.entries(typing).filter(([id]) => id !== setting.id));
    if (text.trim() === '') {
      setTyping(rest);
      setDraft((d) => withoutSetting(d, setting));
      return;
    }
    const changed = applySetting(draft, setting.id, text);
    if (changed.ok) {
      setTyping(rest);
      setDraft(changed.value);
    } else {
      setTyping({ ...rest, [setting.id]: { text, error: `Type ${allowedSettingValues(setting.kind)}: “${text.trim()}” cannot be used.` } });
    }
  };
  const shownIds = new Set(dateSettings.map((s) => s.id));
  const invalid = Object.keys(typing).filter((id) => shownIds.has(id));

  const report = (text: string, error = false) => setStatus({ text, error });
  const save = async () => {
    if (invalid.length > 0) return report(`${invalid.length === 1 ? 'One setting is' : `${invalid.length} settings are`} not valid: fix what is marked, then save.`, true);
    const parsed = Settings.safeParse(draft);
    if (!parsed.success) return report('Some settings are not valid: check the numbers.', true);
    try {
      await onSave(parsed.data);
      report('Settings saved.');
    } catch (e) {
      report(e instanceof Error ? e.message : String(e), true);
    }
  };

  const importCalendar = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    const result = /\.ics$/i.test(file.name) || /BEGIN:VCALENDAR/.test(text)
      ? parseIcsCalendar(text, { name: file.name.replace(/\.[^.]+$/, '') })
      : parseSchoolCalendar(text);
    if (!result.ok) return report(`Calendar not used: ${result.error.message}`, true);
    setDraft((d) => ({ ...d, calendar: result.value }));
    report(`Calendar “${result.value.name}” read: ${result.value.closures.length} closures. Press Save settings to keep it.`);
  };

  const addClosure = () => {
    if (!draft.calendar) return;
    const calendar: SchoolCalendar = { ...draft.calendar, closures: [...draft.calendar.closures, { date: closure.date, name: closure.name }] } as SchoolCalendar;
    const checked = parseSchoolCalendar(calendar);
    if (!checked.ok) return report(`Closure not added: ${checked.error.message}`, true);
    setDraft((d) => ({ ...d, calendar: checked.value }));
    setClosure({ date: '', name: '' });
    report('Closure added. Press Save settings to keep it.');
  };

  const enterYear = () => {
    const checked = parseSchoolCalendar({ name: 'My school calendar', schoolYears: [year], closures: [] });
    if (!checked.ok) return report(`Calendar not created: ${checked.error.message}`, true);
    setDraft((d) => ({ ...d, calendar: checked.value }));
    report('School year entered: add closures below, then press Save settings.');
  };

  const allowTyped = () => {
    const host = site.trim();
    const pattern = /^[a-z]+:\/\//i.test(host) ? host : `https://${host}`;
    let url: URL;
    try {
      url = new URL(pattern);
    } catch {
      return report('Type a site address like iep.example.org.', true);
    }
    onAllow([`${url.protocol}//${url.hostname}/*`]).then(
      () => {
        setSite('');
        report(`Casekeeper may now read ${url.hostname}.`);
      },
      (e: unknown) => report(e instanceof Error ? e.message : String(e), true),
    );
  };

  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <div className="card">
        <h3>Rules</h3>
        <label htmlFor="state">State</label>
        <select
          id="state"
          value={draft.state ?? ''}
          onChange={(e) => setDraft((d) => ({ ...d, state: (e.target.value || undefined) as Settings['state'] }))}
        >
          <option value="">Federal rules only (34 CFR 300)</option>
          {listRulePacks()
            .filter((p) => p.code !== 'US')
            .map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
        </select>
        <p className="muted">Every setting below changes due dates in every view. Press Save settings to keep your changes.</p>
        <h4 className="date-settings-group">For every state</h4>
        {dateSettings
          .filter((d) => d.scope === 'caseload')
          .map((d) => (
            <DateSettingField key={d.id} setting={d} typing={typing[d.id]?.text} error={typing[d.id]?.error} onChange={(text) => changeSetting(d, text)} />
          ))}
        <h4 className="date-settings-group">{stateName} rules</h4>
        {dateSettings
          .filter((d) => d.scope === 'state')
          .map((d) => (
            <DateSettingField key={d.id} setting={d} typing={typing[d.id]?.text} error={typing[d.id]?.error} onChange={(text) => changeSetting(d, text)} />
          ))}
      </div>

      <div className="card">
        <h3>School calendar</h3>
        {draft.calendar ? (
          <p>
            {draft.calendar.name}: {draft.calendar.schoolYears.map((y) => `${y.firstDay} to ${y.lastDay}`).join(', ')},{' '}
            {draft.calendar.closures.length} closures.{' '}
            <button type="button" className="link" onClick={() => setDraft((d) => ({ ...d, calendar: undefined }))}>
              Remove calendar
            </button>
          </p>
        ) : (
          <p className="muted">No calendar: school days cannot be counted.</p>
        )}
        <label htmlFor="calendar-file">Import the district calendar (.ics or Casekeeper .json)</label>
        <input id="calendar-file" type="file" accept=".ics,.json,text/calendar,application/json" onChange={(e) => void importCalendar(e.target.files?.[0])} />
        {!draft.calendar ? (
          <fieldset>
            <legend>Or enter your school year</legend>
            <label htmlFor="year-first">First day of school</label>
            <input id="year-first" type="date" value={year.firstDay} onChange={(e) => setYear((y) => ({ ...y, firstDay: e.target.value }))} />
            <label htmlFor="year-last">Last day of school</label>
            <input id="year-last" type="date" value={year.lastDay} onChange={(e) => setYear((y) => ({ ...y, lastDay: e.target.value }))} />
            <button type="button" onClick={enterYear} disabled={!year.firstDay || !year.lastDay}>
              Use these dates
            </button>
          </fieldset>
        ) : null}
        {draft.calendar ? (
          <fieldset>
            <legend>Add a closure (snow day, break)</legend>
            <label htmlFor="closure-date">Date</label>
            <input id="closure-date" type="date" value={closure.date} onChange={(e) => setClosure((c) => ({ ...c, date: e.target.value }))} />
            <label htmlFor="closure-name">Name</label>
            <input id="closure-name" value={closure.name} onChange={(e) => setClosure((c) => ({ ...c, name: e.target.value }))} />
            <button type="button" onClick={addClosure} disabled={!closure.date || !closure.name.trim()}>
              Add closure
            </button>
          </fieldset>
        ) : null}
      </div>

      <div className="actions">
        <button type="button" onClick={() => void save()}>
          Save settings
        </button>
      </div>
      {status ? (
        <p role={status.error ? 'alert' : 'status'} className={status.error ? 'error' : 'message'}>
          {status.text}
        </p>
      ) : null}

      <div className="card">
        <h3>Sites Casekeeper may read</h3>
        {allowedSites.length === 0 ? <p className="muted">None yet.</p> : null}
        <ul className="plain" aria-label="Allowed sites">
          {allowedSites.map((o) => (
            <li key={o}>
              {o.replace(/\/\*$/, '')}{' '}
              <button type="button" className="link" onClick={() => void onRevoke(o)} aria-label={`Remove access to ${o}`}>
                Remove access
              </button>
            </li>
          ))}
        </ul>
        <h4>Known IEP systems</h4>
        <ul className="plain">
          {knownSystems.map((s) => {
            const allowed = s.origins.every((o) => allowedSites.includes(o));
            return (
              <li key={s.id}>
                {s.name}{' '}
                {allowed ? (
                  <span className="muted">allowed</span>
                ) : (
                  <button type="button" className="link" onClick={() => void onAllow([...s.origins]).catch((e: unknown) => report(String(e instanceof Error ? e.message : e), true))}>
                    Allow
                  </button>
                )}
              </li>
            );
          })}
        </ul>
        <label htmlFor="site">Another site</label>
        <input id="site" value={site} onChange={(e) => setSite(e.target.value)} placeholder="iep.example.org" />
        <button type="button" onClick={allowTyped} disabled={!site.trim()}>
          Allow this site
        </button>
      </div>
    </section>
  );
}

/** The Settings view in the panel's view registry. */
export function SettingsPanelView(p: PanelViewProps) {
  return (
    <SettingsView
      settings={p.settings}
      onSave={async (settings) => {
        await p.request({ type: 'settings.save', settings });
      }}
      allowedSites={p.panel.allowedSites}
      knownSystems={p.panel.knownSystems}
      onAllow={p.panel.allow}
      onRevoke={p.panel.revoke}
    />
  );
}
