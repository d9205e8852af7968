/**
 * Text made safe for SVG or HTML: &, <, >, " and ' become entities, and characters XML 1.0 forbids are
 * dropped, so a name like `<script>` shows as text and never becomes markup.
 *
 * @example escapeXml('<script>') // '&lt;script&gt;'
 */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
