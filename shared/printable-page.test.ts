import { describe, expect, it } from 'vitest';
import { htmlTable } from './html-table.ts';
import { paperHtml } from './paper-html.ts';
import { buildSections, printablePage } from './printable-page.ts';
import { selfContainedProblems } from './test-full-year.ts';

describe('printable pages', () => {
  it('a letter page, a sheet per section, headings escaped, a strict content policy, nothing to load', () => {
    const html = printablePage({ title: 'A <b>', subtitle: '"x"', sections: [{ title: 'One', html: '<p>1</p>' }, { title: '<i>Two</i>', html: '<p>2</p>' }] });
    expect(html).toContain('<title>A &lt;b&gt;</title>');
    expect(html).toContain('<h2>&lt;i&gt;Two&lt;/i&gt;</h2>');
    expect(html.match(/<section>/g)).toHaveLength(2);
    expect(html).toContain("default-src 'none'");
    expect(selfContainedProblems(html)).toEqual([]);
  });

  it('a section that fails to build says so; the others still print', () => {
    const sections = buildSections(
      [
        { id: 'a', title: 'Fine', build: () => '<p>ok</p>' },
        { id: 'b', title: 'Broken', build: () => { throw new Error('x'); } },
      ],
      {},
    );
    expect(sections.map((s) => [s.title, /could not be built/.test(s.html)])).toEqual([
      ['Fine', false],
      ['Broken', true],
    ]);
  });

  it('tables escape text cells and keep HTML cells as built', () => {
    const html = htmlTable(['A<'], [['<b>', { html: '<i>x</i>' }]], { widths: [50, 50] });
    expect(html).toContain('<th>A&lt;</th>');
    expect(html).toContain('<td>&lt;b&gt;</td><td><i>x</i></td>');
    expect(html).toContain('<col style="width:50%">');
    expect(htmlTable(['A'], [], { empty: 'Nothing <here>' })).toBe('<p class="muted">Nothing &lt;here&gt;</p>');
  });

  it('status words and colours, dates and choice labels come from the presentation module and table columns', () => {
    expect(paperHtml.status('overdue')).toContain('>Overdue</span>');
    expect(paperHtml.status('overdue')).toContain('background:#F4C7C3');
    expect(paperHtml.date('2026-12-07')).toBe('12/7/2026');
    expect(paperHtml.date(undefined)).toBe('—');
    expect(paperHtml.choice('contacts', 'method', 'note-home')).toBe('Note home');
    expect(paperHtml.choice('contacts', 'result', 'left-message')).toBe('Left message');
  });
});
