import { escapeHtml } from './escape-html.ts';

/** One section of a printable page: a heading and its body (HTML built with `escapeHtml`). */
export interface PrintSection {
  title: string;
  /** The section's HTML; every text in it already escaped. */
  html: string;
  /** Start the section on a new sheet (default true; the first section never breaks). */
  newPage?: boolean;
}

/** A section builder: one small function per section, run in order over the page's plain data. */
export interface SectionBuilder<D> {
  id: string;
  title: string;
  build(data: D): string;
}

/** The CSS of every printable page: US letter, print-safe colours, tables that wrap rather than overflow. */
const PAGE_CSS = `
@page { size: letter; margin: 0.55in; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 10.5pt/1.35 "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f1f1f; margin: 0; max-width: 7.4in; }
header.page-head { border-bottom: 2px solid #1f1f1f; margin-bottom: 10pt; padding-bottom: 4pt; }
header.page-head h1 { font-size: 16pt; margin: 0; }
header.page-head p { margin: 2pt 0 0; color: #3c3c3c; }
section { break-before: page; page-break-before: always; }
section.same-page, section:first-of-type { break-before: auto; page-break-before: auto; }
h2 { font-size: 13pt; margin: 0 0 6pt; border-bottom: 1px solid #8a8a8a; }
h3 { font-size: 11pt; margin: 10pt 0 4pt; break-after: avoid; }
p { margin: 3pt 0; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 4pt 0 8pt; }
th, td { border: 1px solid #8a8a8a; padding: 2pt 4pt; text-align: left; vertical-align: top; overflow-wrap: anywhere; word-break: break-word; }
th { background: #eeeeee; font-weight: 600; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
.status { display: inline-block; padding: 0 4pt; border-radius: 3pt; font-weight: 600; white-space: nowrap; }
.muted { color: #4d4d4d; }
.warn { color: #7a1010; }
.chart svg { max-width: 100%; height: auto; display: block; }
figure.chart { margin: 4pt 0 8pt; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-size: 9.5pt; }
.goal + .goal { break-before: page; page-break-before: always; }
ul { margin: 2pt 0 6pt 16pt; padding: 0; }
`;

/**
 * A complete, self-contained printable HTML page: inline CSS for US letter paper, each section on its own
 * sheet, no script and no outside resource (nothing to load, so it prints the same offline). Headings are
 * escaped here; section bodies must be escaped by their builders.
 *
 * @example printablePage({ title: 'Meeting packet', sections: [{ title: 'Deadlines', html: '<p>…</p>' }] })
 */
export function printablePage(page: { title: string; subtitle?: string; sections: readonly PrintSection[] }): string {
  const body = page.sections
    .map((s) => `<section${s.newPage === false ? ' class="same-page"' : ''}><h2>${escapeHtml(s.title)}</h2>\n${s.html}\n</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(page.title)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<header class="page-head"><h1>${escapeHtml(page.title)}</h1>${page.subtitle ? `<p>${escapeHtml(page.subtitle)}</p>` : ''}</header>
${body}
</body>
</html>
`;
}

/**
 * Runs section builders in order over the page data; a builder that throws becomes a section saying so
 * (the rest of the page still prints).
 *
 * @example buildSections(MEETING_PACKET_SECTIONS, packet).map((s) => s.title)
 */
export function buildSections<D>(builders: readonly SectionBuilder<D>[], data: D): PrintSection[] {
  return builders.map((b) => {
    try {
      return { title: b.title, html: b.build(data) };
    } catch {
      return { title: b.title, html: `<p class="warn">This section could not be built; please report this.</p>` };
    }
  });
}
