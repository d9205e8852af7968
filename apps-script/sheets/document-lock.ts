import { type Result, fail, ok } from '../../shared/index.ts';
import type { GasServices } from './gas-services.ts';

const HOLDER = 'casekeeper.lockHolder';

/** Who holds the document lock, as recorded while they hold it. */
interface Holder {
  who: string;
  action: string;
  since: number;
}

/**
 * Runs `work` under the document lock, recording who holds it (email, action, start) in document
 * properties so that a second person is told who is running what. Nothing runs when the lock is taken.
 *
 * @example withDocumentLock(gas, 'Sync to Calendar', () => sync()) // { ok: false, reason: 'Another Casekeeper run … by ana@school.org …' }
 */
export function withDocumentLock<T>(gas: GasServices, action: string, timeZone: string, work: () => T): Result<T> {
  const lock = gas.LockService.getDocumentLock();
  if (!lock || !lock.tryLock(3000)) {
    return fail('busy', describeHolder(gas, timeZone));
  }
  const props = gas.PropertiesService.getDocumentProperties();
  try {
    const holder: Holder = { who: currentUser(gas) || 'someone', action, since: gas.now() };
    props.setProperty(HOLDER, JSON.stringify(holder));
    return ok(work());
  } finally {
    try {
      props.deleteProperty(HOLDER);
    } finally {
      lock.releaseLock();
    }
  }
}

function describeHolder(gas: GasServices, timeZone: string): string {
  let holder: Holder | undefined;
  try {
    holder = JSON.parse(gas.PropertiesService.getDocumentProperties().getProperty(HOLDER) ?? 'null') ?? undefined;
  } catch {
    holder = undefined;
  }
  if (!holder) return 'Another Casekeeper run (a sync or refresh) is in progress on this sheet. Nothing was changed; try again in a few minutes.';
  const at = gas.Utilities.formatDate(new Date(holder.since), timeZone, 'h:mm a');
  return `Another sync is running ("${holder.action}", started by ${holder.who} at ${at}). Nothing was changed; try again when it has finished (usually a few minutes).`;
}

/** The signed-in person's email ('' when Google does not share it, e.g. in a simple trigger). */
export function currentUser(gas: GasServices): string {
  try {
    return gas.Session.getActiveUser().getEmail() || gas.Session.getEffectiveUser().getEmail() || '';
  } catch {
    return '';
  }
}
