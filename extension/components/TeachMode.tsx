import { useState } from 'react';
import { TRACKER_COLUMNS, type TrackerKey } from '../../shared/index.ts';
import type { Locator, TaughtMapping } from '../messaging/messages.ts';

export interface TeachModeProps {
  mapping: TaughtMapping;
  /** Lets the teacher click an element on the page; null when cancelled. */
  onPick(field: TrackerKey): Promise<{ locator: Locator | null; preview: string } | null>;
  /** The field chosen when teach mode opens (a wrong read's "Wrong? Teach" opens it on that field). */
  initialField?: TrackerKey;
  onCancel(): void;
  onSave(mapping: TaughtMapping): Promise<void>;
}

/**
 * Teach mode: choose a field, click where it shows on the page, check what was found, save. The mapping is
 * kept per site and used every time a page of that site is read.
 */
export function TeachMode({ mapping, onPick, onCancel, onSave, initialField = 'studentId' }: TeachModeProps) {
  const [field, setField] = useState<TrackerKey>(initialField);
  const [state, setState] = useState<
    { step: 'idle' } | { step: 'picking' } | { step: 'found'; locator: Locator; preview: string } | { step: 'error'; text: string }
  >({ step: 'idle' });

  const header = (key: string) => TRACKER_COLUMNS.find((c) => c.key === key)?.header ?? key;

  const pick = async () => {
    setState({ step: 'picking' });
    try {
      const result = await onPick(field);
      if (!result) return setState({ step: 'idle' });
      if (!result.locator) return setState({ step: 'error', text: 'Casekeeper could not find a label for that spot. Click the value itself, next to its label.' });
      setState({ step: 'found', locator: result.locator, preview: result.preview });
    } catch (e) {
      setState({ step: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  const save = async () => {
    if (state.step !== 'found') return;
    await onSave({ ...mapping, [field]: state.locator });
    setState({ step: 'idle' });
  };

  const forget = (key: string) => {
    const next = { ...mapping };
    delete next[key];
    void onSave(next);
  };

  return (
    <section className="card" aria-labelledby="teach-heading">
      <h2 id="teach-heading">Teach this page</h2>
      <p className="muted">For a site Casekeeper does not know: pick a field, then click where it shows on the page.</p>
      <label htmlFor="teach-field">Field</label>
      <select id="teach-field" value={field} onChange={(e) => setField(e.target.value as TrackerKey)} disabled={state.step === 'picking'}>
        {TRACKER_COLUMNS.map((c) => (
          <option key={c.key} value={c.key}>
            {c.header}
          </option>
        ))}
      </select>
      {state.step === 'picking' ? (
        <p role="status">
          Now click the {header(field)} on the page (Esc to stop).{' '}
          <button type="button" onClick={() => { onCancel(); setState({ step: 'idle' }); }}>
            Stop
          </button>
        </p>
      ) : (
        <button type="button" onClick={pick}>
          Pick {header(field)} on the page
        </button>
      )}
      {state.step === 'found' ? (
        <div role="status">
          <p>
            Found “{state.preview}” by the label “{state.locator.label}”.
          </p>
          <button type="button" onClick={save}>
            Save: this is the {header(field)}
          </button>
        </div>
      ) : null}
      {state.step === 'error' ? (
        <p role="alert" className="error">
          {state.text}
        </p>
      ) : null}
      {Object.keys(mapping).length > 0 ? (
        <>
          <h3>Taught on this site</h3>
          <ul className="plain">
            {Object.entries(mapping).map(([key, loc]) => (
              <li key={key}>
                {header(key)} ← “{loc.label}”{' '}
                <button type="button" className="link" onClick={() => forget(key)} aria-label={`Forget ${header(key)}`}>
                  Forget
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
