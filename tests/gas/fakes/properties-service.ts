/**
 * `PropertiesService`: script, document and user stores with Apps Script's size limits (9 KB per
 * value, 500 KB per store, counted in UTF-8 bytes of keys and values).
 */
import { PropertiesServiceStub, PropertiesStub } from './generated/stubs.ts';
import type { Execution, GasRuntime } from './runtime.ts';
import { spreadsheetState } from './spreadsheet.ts';

/** Per-value limit (9 KB). */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
/** Per-store limit (500 KB). */
export const PROPERTY_STORE_LIMIT = 500 * 1024;
/** Real message when a value is over the limit. */
export const VALUE_TOO_LARGE_MESSAGE = 'Argument too large: value';
/** Real message when the store would exceed its quota. */
export const STORE_FULL_MESSAGE = 'You have exceeded the property storage quota. Please remove some properties and try again.';

/** All stores of the environment, by `script`, `document:<id>`, `user:<email>`. */
export function propertyStores(rt: GasRuntime): Map<string, Map<string, string>> {
  return rt.store('properties', () => new Map<string, Map<string, string>>());
}

/** One store, created on first use. */
export function propertyStore(rt: GasRuntime, name: string): Map<string, string> {
  const stores = propertyStores(rt);
  let s = stores.get(name);
  if (!s) {
    s = new Map();
    stores.set(name, s);
  }
  return s;
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

function storeSize(map: Map<string, string>): number {
  let n = 0;
  for (const [k, v] of map) n += bytes(k) + bytes(v);
  return n;
}

/** A properties store bound to one execution. */
export class FakeProperties extends PropertiesStub implements GoogleAppsScript.Properties.Properties {
  constructor(
    private readonly exec: Execution,
    private readonly storeName: string,
  ) {
    super();
  }
  private map(): Map<string, string> {
    return propertyStore(this.exec.runtime, this.storeName);
  }
  private call<T>(method: string, kind: 'read' | 'write', body: () => T): T {
    return this.exec.call('properties', 'Properties', method, kind, body);
  }
  /** Applies changes to a copy, checks limits, then commits (all-or-nothing). */
  private commit(change: (draft: Map<string, string>) => void): void {
    const draft = new Map(this.map());
    change(draft);
    for (const v of draft.values()) if (bytes(v) > PROPERTY_VALUE_LIMIT) this.exec.fail(VALUE_TOO_LARGE_MESSAGE);
    if (storeSize(draft) > PROPERTY_STORE_LIMIT) this.exec.fail(STORE_FULL_MESSAGE);
    const live = this.map();
    live.clear();
    for (const [k, v] of draft) live.set(k, v);
  }
  private key(key: unknown): string {
    if (key === null || key === undefined || key === '') this.exec.fail('Invalid argument: key');
    return String(key);
  }
  override getProperty(key: string): string | null {
    return this.call('getProperty', 'read', () => this.map().get(this.key(key)) ?? null);
  }
  override setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    return this.call('setProperty', 'write', () => {
      const k = this.key(key);
      if (value === null || value === undefined) this.exec.fail('Invalid argument: value');
      const v = String(value);
      if (bytes(v) > PROPERTY_VALUE_LIMIT) this.exec.fail(VALUE_TOO_LARGE_MESSAGE);
      this.commit((d) => d.set(k, v));
      return this;
    });
  }
  override setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): GoogleAppsScript.Properties.Properties {
    return this.call('setProperties', 'write', () => {
      if (!properties || typeof properties !== 'object') this.exec.fail('Invalid argument: properties');
      this.commit((d) => {
        if (deleteAllOthers) d.clear();
        for (const [k, v] of Object.entries(properties)) d.set(this.key(k), String(v));
      });
      return this;
    });
  }
  override getProperties(): { [key: string]: string } {
    return this.call('getProperties', 'read', () => this.exec.object(Object.fromEntries(this.map())));
  }
  override getKeys(): string[] {
    return this.call('getKeys', 'read', () => this.exec.array([...this.map().keys()]));
  }
  override deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    return this.call('deleteProperty', 'write', () => {
      this.map().delete(this.key(key));
      return this;
    });
  }
  override deleteAllProperties(): GoogleAppsScript.Properties.Properties {
    return this.call('deleteAllProperties', 'write', () => {
      this.map().clear();
      return this;
    });
  }
}

/** `PropertiesService` for one execution. */
export class FakePropertiesService extends PropertiesServiceStub implements GoogleAppsScript.Properties.PropertiesService {
  constructor(private readonly exec: Execution) {
    super();
  }
  override getScriptProperties(): GoogleAppsScript.Properties.Properties {
    return this.exec.call('properties', 'PropertiesService', 'getScriptProperties', 'local', () => new FakeProperties(this.exec, 'script'));
  }
  override getDocumentProperties(): GoogleAppsScript.Properties.Properties {
    return this.exec.call('properties', 'PropertiesService', 'getDocumentProperties', 'local', () => new FakeProperties(this.exec, `document:${spreadsheetState(this.exec.runtime).id}`));
  }
  override getUserProperties(): GoogleAppsScript.Properties.Properties {
    return this.exec.call('properties', 'PropertiesService', 'getUserProperties', 'local', () => new FakeProperties(this.exec, `user:${this.exec.user}`));
  }
}
