const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe to place in HTML, as element content or inside a quoted attribute: `& < > " '` become
 * entities, so a name like `<script>` or a note like `"><img onerror=…>` shows as written and never runs.
 *
 * @example escapeHtml('<b>"Ana"</b>') // '&lt;b&gt;&quot;Ana&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
