/**
 * Makes immutable row keys: `k` + time (base 36) + a counter + random letters. Keys made later sort later,
 * which lets a resumed sync continue after the last key it finished.
 *
 * @param nowMs the execution clock
 * @param random a source of randomness (Math.random in the add-on)
 * @example const next = rowKeyMaker(Date.now()); next() // 'k0mhx2k9q0000ab3'
 */
export function rowKeyMaker(nowMs: number, random: () => number = Math.random): () => string {
  const time = Math.max(0, Math.floor(nowMs)).toString(36).padStart(9, '0');
  let counter = 0;
  return () => {
    const count = (counter++).toString(36).padStart(4, '0');
    const tail = Math.floor(random() * 36 ** 3).toString(36).padStart(3, '0');
    return `k${time}${count}${tail}`;
  };
}

/** Whether a cell holds a key this add-on made. */
export function isRowKey(value: unknown): value is string {
  return typeof value === 'string' && /^k[0-9a-z]{16}$/.test(value);
}
