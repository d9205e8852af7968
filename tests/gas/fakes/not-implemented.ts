/**
 * Thrown by every Apps Script member the fakes do not model, so a test fails loudly (naming the member)
 * instead of the add-on silently receiving `undefined`.
 */
export function notImplemented(className: string, member: string): never {
  throw new Error(`Fake: ${className}.${member} is not implemented`);
}
