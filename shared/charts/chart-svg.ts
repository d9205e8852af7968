import { escapeXml } from './escape-xml.ts';

/** A chart drawn as a standalone SVG string, with the words that describe it for people who cannot see it. */
export interface ChartSvg {
  /** `<svg role="img">` with `<title>` and `<desc>`; no script, no external reference. */
  svg: string;
  title: string;
  /** The chart in one or two plain sentences, to show beside it (also the SVG's `<desc>`). */
  summary: string;
  width: number;
  height: number;
}

/** Options every chart takes. */
export interface ChartOptions {
  /** Width in pixels (default 640; readable from 320). The height follows from it. */
  width?: number;
  /** Prefix for the ids inside the SVG, unique on the page when several charts are shown (default "chart"). */
  id?: string;
}

/** A coordinate rounded to 0.1 px, so the SVG stays small. */
export const px = (n: number): number => Math.round(n * 10) / 10;

/** The id prefix, reduced to characters valid in an XML id. */
export const chartId = (id: string | undefined): string => (id ?? 'chart').replace(/[^A-Za-z0-9_-]/g, '-').replace(/^([^A-Za-z_])/, 'c$1');

/**
 * Opens an SVG string with its accessible name and description (role="img", aria-labelledby).
 *
 * @example svgOpen({ width: 360, height: 240, id: 'g1', title: 'Reading', summary: '…' })
 */
export function svgOpen(args: { width: number; height: number; id: string; title: string; summary: string }): string {
  const { width, height, id, title, summary } = args;
  const escape = escapeXml;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="system-ui, sans-serif" font-size="12">` +
    `<title id="${id}-title">${escape(title)}</title><desc id="${id}-desc">${escape(summary)}</desc>` +
    `<rect class="background" x="0" y="0" width="${width}" height="${height}" fill="#FFFFFF"/>`
  );
}
