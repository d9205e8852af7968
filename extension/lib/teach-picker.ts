/**
 * Lets the teacher point at one element of the page (teach mode): the element under the pointer gets a
 * temporary outline, a click picks it (the page never sees that click), Escape cancels. Everything it
 * changes on the page is put back when it ends.
 */
export function pickElement(doc: Document, signal: AbortSignal): Promise<Element | null> {
  return new Promise((resolve) => {
    let current: HTMLElement | null = null;
    let saved = '';
    const unmark = () => {
      if (current) current.style.outline = saved;
      current = null;
    };
    const mark = (el: EventTarget | null) => {
      if (!(el instanceof HTMLElement) || el === current) return;
      unmark();
      current = el;
      saved = el.style.outline;
      el.style.outline = '3px solid #1a5fb4';
    };
    const finish = (picked: Element | null) => {
      unmark();
      doc.removeEventListener('mouseover', onOver, true);
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKey, true);
      signal.removeEventListener('abort', onAbort);
      resolve(picked);
    };
    const onOver = (e: Event) => mark(e.target);
    const onClick = (e: Event) => {
      e.preventDefault();
      e.stopPropagation();
      finish(e.target instanceof Element ? e.target : null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        finish(null);
      }
    };
    const onAbort = () => finish(null);
    if (signal.aborted) return resolve(null);
    doc.addEventListener('mouseover', onOver, true);
    doc.addEventListener('click', onClick, true);
    doc.addEventListener('keydown', onKey, true);
    signal.addEventListener('abort', onAbort);
  });
}
