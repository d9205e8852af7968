import { useState } from 'react';
import { patternMatches } from '../lib/site-access.ts';

export interface KnownSystem {
  id: string;
  name: string;
  origins: readonly string[];
}

export interface SiteAccessProps {
  /** The match pattern of the page's site, when the page's address is known. */
  pattern: string | null;
  knownSystems: readonly KnownSystem[];
  /** Requests the permission (must run inside the click). */
  onAllow(origins: string[]): Promise<void>;
}

/** Shown when Casekeeper may not read the current site: one button to allow it, or pick a known system. */
export function SiteAccess({ pattern, knownSystems, onAllow }: SiteAccessProps) {
  const [error, setError] = useState<string | null>(null);
  const allow = (origins: string[]) => {
    setError(null);
    onAllow(origins).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  const host = pattern ? pattern.replace(/^https?:\/\//, '').replace(/\/\*$/, '') : null;
  // A page of a known IEP system: offer the whole system (all its addresses) by name.
  const known = pattern ? knownSystems.find((s) => s.origins.some((o) => patternMatches(o, pattern.replace(/\*$/, '')))) : undefined;
  return (
    <section className="card" aria-labelledby="access-heading">
      <h2 id="access-heading">Casekeeper is not allowed on this site</h2>
      {host && pattern ? (
        <>
          <p>Casekeeper reads a page only on sites you allow. It keeps what it reads on this computer.</p>
          <div className="actions">
            <button type="button" onClick={() => allow([pattern])}>
              Allow Casekeeper on {host}
            </button>
            {known ? (
              <button type="button" onClick={() => allow([...known.origins])}>
                Allow all of {known.name}
              </button>
            ) : null}
          </div>
        </>
      ) : (
        <p>
          Casekeeper cannot see which site this tab shows yet. Click the Casekeeper toolbar button while the page is open,
          or allow your IEP system below.
        </p>
      )}
      <details>
        <summary>Allow a known IEP system</summary>
        <ul className="plain">
          {knownSystems.map((s) => (
            <li key={s.id}>
              <button type="button" className="link" onClick={() => allow([...s.origins])}>
                Allow {s.name}
              </button>
            </li>
          ))}
        </ul>
      </details>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
