/**
 * A short id for a row that came without one: the table's prefix and eight base-36 characters hashed
 * from the row's own content and how many identical rows came before it. The same file imported twice
 * gives the same ids, so a re-import updates rows instead of duplicating them; two identical rows in
 * one file still get different ids.
 *
 * @param prefix the table's id prefix (`ses`)
 * @param content the row's cells, in column order
 * @param occurrence how many earlier rows of the file had exactly this content
 * @example generateRowId('ses', ['S1', 'svc-1', '2026-09-08', '30', 'delivered'], 0) // 'ses-…' (8 characters after the dash)
 */
export function generateRowId(prefix: string, content: readonly string[], occurrence = 0): string {
  const hash = cyrb53(`${content.join('\u001f')}\u001e${occurrence}`);
  return `${prefix}-${hash.toString(36).padStart(8, '0').slice(-8)}`;
}

/**
 * A new random id for a row created by hand (a session logged in the panel).
 *
 * @param random a source of numbers in [0, 1) (Math.random by default; tests pass their own)
 * @example newRowId('con') // 'con-k3x9q0ab'
 */
export function newRowId(prefix: string, random: () => number = Math.random): string {
  let out = '';
  for (let i = 0; i < 8; i++) out += Math.floor(random() * 36).toString(36);
  return `${prefix}-${out}`;
}

/** cyrb53 (public domain): a fast 53-bit string hash with good spread. */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
