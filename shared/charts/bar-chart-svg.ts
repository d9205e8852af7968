import { scaleBand, scaleLinear } from 'd3-scale';
import { type DeadlineStatus, STATUS_STYLES } from '../deadline.ts';
import { formatNumber } from '../present-goal-value.ts';
import { type ChartOptions, type ChartSvg, chartId, px, svgOpen } from './chart-svg.ts';
import { escapeXml } from './escape-xml.ts';

/** One bar: a label and a value, with an optional mark (target or capacity) and status. */
export interface BarDatum {
  label: string;
  value: number;
  /** What the value should reach (required minutes of a service): a solid mark on the bar. */
  target?: number | undefined;
  /** What the value should stay under for this bar (a week's capacity): a dashed mark. */
  capacity?: number | undefined;
  /** Colours the bar with the status colours and names the status in its text (never colour alone). */
  status?: DeadlineStatus | undefined;
  /** Words for the value, instead of "120 of 180 minutes". */
  valueText?: string | undefined;
}

/** A bar chart: horizontal (one row per service) or vertical (one column per week). */
export interface BarChartData {
  title: string;
  orientation: 'horizontal' | 'vertical';
  bars: readonly BarDatum[];
  /** The unit of the values ("minutes", "students"). */
  unit?: string | undefined;
  /** One dashed line across every bar (a caseload cap, the minutes available in a week). */
  capacity?: { value: number; label: string } | undefined;
}

const INK = '#1F1F1F';
const GREY = '#5F6368';
const GRID = '#E0E0E0';

/** The words for a bar's value: "120 of 180 minutes (Overdue)". */
function valueWords(bar: BarDatum, unit: string | undefined): string {
  const text = bar.valueText ?? `${formatNumber(bar.value)}${bar.target !== undefined ? ` of ${formatNumber(bar.target)}` : ''}${bar.capacity !== undefined ? ` (capacity ${formatNumber(bar.capacity)})` : ''}${unit ? ` ${unit}` : ''}`;
  return bar.status ? `${text} (${STATUS_STYLES[bar.status].label})` : text;
}

const barColours = (bar: BarDatum) => (bar.status ? { fill: STATUS_STYLES[bar.status].background, stroke: STATUS_STYLES[bar.status].text } : { fill: '#C6CBD1', stroke: INK });

/**
 * A bar chart as an SVG string with no DOM: horizontal bars with a label above each (delivered against
 * required minutes per service: `target`), or vertical bars with a capacity line (students or minutes
 * per week). A status colours a bar with the shared status colours and is also written in its text.
 * Scales and ticks from d3-scale; every text escaped. Readable from 320 px wide (`width`, default 640).
 *
 * @example barChartSvg({ title: 'Service minutes this month', orientation: 'horizontal', unit: 'minutes', bars: [{ label: 'Speech', value: 120, target: 180, status: 'urgent' }] }, { width: 360 })
 */
export function barChartSvg(data: BarChartData, options: ChartOptions = {}): ChartSvg {
  const width = Math.round(Math.min(2000, Math.max(280, options.width ?? 640)));
  const id = chartId(options.id);
  const max = Math.max(1, data.capacity?.value ?? 0, ...data.bars.flatMap((b) => [b.value, b.target ?? 0, b.capacity ?? 0]).filter(Number.isFinite));
  const summary = summarise(data);
  return data.orientation === 'horizontal' ? horizontal(data, width, id, max, summary) : vertical(data, width, id, max, summary);
}

function horizontal(data: BarChartData, width: number, id: string, max: number, summary: string): ChartSvg {
  const rowHeight = 40;
  const top = 8;
  const height = top + Math.max(1, data.bars.length) * rowHeight + 26;
  const words = data.bars.map((b) => valueWords(b, data.unit));
  const valueWidth = Math.min(Math.round(width * 0.45), Math.max(40, ...words.map((w) => w.length * 6.6)) + 8);
  const x = scaleLinear().domain([0, max]).nice(4).range([8, width - 8 - valueWidth]);
  const parts = [svgOpen({ width, height, id, title: data.title, summary })];
  const axisY = top + data.bars.length * rowHeight + 2;
  parts.push('<g class="x-axis">');
  for (const tick of x.ticks(Math.max(2, Math.floor((width - valueWidth) / 80)))) {
    const tx = px(x(tick));
    parts.push(`<line x1="${tx}" x2="${tx}" y1="${top}" y2="${axisY}" stroke="${GRID}"/><text x="${tx}" y="${axisY + 14}" text-anchor="middle" fill="${GREY}" font-size="11">${escapeXml(formatNumber(tick))}</text>`);
  }
  parts.push('</g>');
  data.bars.forEach((bar, i) => {
    const rowTop = top + i * rowHeight;
    const { fill, stroke } = barColours(bar);
    const w = Math.max(0, px(x(Math.max(0, bar.value)) - x(0)));
    parts.push(`<g class="bar">`);
    parts.push(`<text class="bar-label" x="8" y="${rowTop + 13}" fill="${INK}">${escapeXml(bar.label)}</text>`);
    parts.push(`<rect x="${px(x(0))}" y="${rowTop + 18}" width="${w}" height="14" fill="${fill}" stroke="${stroke}"><title>${escapeXml(`${bar.label}: ${words[i] ?? ''}`)}</title></rect>`);
    if (bar.target !== undefined) parts.push(mark('target', px(x(bar.target)), rowTop + 14, rowTop + 36, 'vertical', false));
    if (bar.capacity !== undefined) parts.push(mark('capacity', px(x(bar.capacity)), rowTop + 14, rowTop + 36, 'vertical', true));
    parts.push(`<text class="bar-value" x="${width - 8}" y="${rowTop + 29}" text-anchor="end" fill="${bar.status ? STATUS_STYLES[bar.status].text : INK}">${escapeXml(words[i] ?? '')}</text>`);
    parts.push('</g>');
  });
  if (data.capacity) {
    const cx = px(x(data.capacity.value));
    parts.push(`<g class="capacity-line"><line x1="${cx}" x2="${cx}" y1="${top}" y2="${axisY}" stroke="${INK}" stroke-width="1.5" stroke-dasharray="5 3"/><title>${escapeXml(`${data.capacity.label}: ${formatNumber(data.capacity.value)}`)}</title></g>`);
  }
  parts.push('</svg>');
  return { svg: parts.join(''), title: data.title, summary, width, height };
}

function vertical(data: BarChartData, width: number, id: string, max: number, summary: string): ChartSvg {
  const height = Math.round(Math.min(420, Math.max(220, width * 0.6)));
  const plot = { left: 40, right: width - 12, top: 22, bottom: height - 30 };
  const x = scaleBand<number>().domain(data.bars.map((_, i) => i)).range([plot.left, plot.right]).paddingInner(0.2).paddingOuter(0.1);
  const y = scaleLinear().domain([0, max]).nice(Math.max(3, Math.floor((plot.bottom - plot.top) / 40))).range([plot.bottom, plot.top]);
  const band = x.bandwidth();
  const longest = Math.max(1, ...data.bars.map((b) => b.label.length));
  const every = Math.max(1, Math.ceil((longest * 6.6 + 4) / x.step()));
  const parts = [svgOpen({ width, height, id, title: data.title, summary })];
  parts.push('<g class="y-axis">');
  for (const tick of y.ticks(Math.max(3, Math.floor((plot.bottom - plot.top) / 40)))) {
    const ty = px(y(tick));
    parts.push(`<line x1="${plot.left}" x2="${plot.right}" y1="${ty}" y2="${ty}" stroke="${GRID}"/><text x="${plot.left - 6}" y="${px(ty + 4)}" text-anchor="end" fill="${GREY}" font-size="11">${escapeXml(formatNumber(tick))}</text>`);
  }
  parts.push(`<line x1="${plot.left}" x2="${plot.right}" y1="${plot.bottom}" y2="${plot.bottom}" stroke="${GREY}"/></g>`);
  data.bars.forEach((bar, i) => {
    const bx = px(x(i) ?? plot.left);
    const { fill, stroke } = barColours(bar);
    const by = px(y(Math.max(0, bar.value)));
    const words = valueWords(bar, data.unit);
    parts.push('<g class="bar">');
    parts.push(`<rect x="${bx}" y="${by}" width="${px(band)}" height="${px(plot.bottom - by)}" fill="${fill}" stroke="${stroke}"><title>${escapeXml(`${bar.label}: ${words}`)}</title></rect>`);
    if (bar.target !== undefined) parts.push(mark('target', px(y(bar.target)), bx - 2, px(bx + band + 2), 'horizontal', false));
    if (bar.capacity !== undefined) parts.push(mark('capacity', px(y(bar.capacity)), bx - 2, px(bx + band + 2), 'horizontal', true));
    if (band >= 22) parts.push(`<text class="bar-value" x="${px(bx + band / 2)}" y="${Math.max(plot.top - 4, by - 4)}" text-anchor="middle" fill="${INK}" font-size="10">${escapeXml(formatNumber(bar.value))}</text>`);
    if (i % every === 0) parts.push(`<text class="bar-label" x="${px(bx + band / 2)}" y="${plot.bottom + 16}" text-anchor="middle" fill="${GREY}" font-size="11">${escapeXml(bar.label)}</text>`);
    parts.push('</g>');
  });
  if (data.capacity) {
    const cy = px(y(data.capacity.value));
    parts.push(
      `<g class="capacity-line"><line x1="${plot.left}" x2="${plot.right}" y1="${cy}" y2="${cy}" stroke="${INK}" stroke-width="1.5" stroke-dasharray="5 3"/>` +
        `<text x="${plot.right}" y="${Math.max(12, cy - 5)}" text-anchor="end" fill="${INK}" font-size="11" stroke="#FFFFFF" stroke-width="3" paint-order="stroke">${escapeXml(`${data.capacity.label} ${formatNumber(data.capacity.value)}`)}</text></g>`,
    );
  }
  parts.push('</svg>');
  return { svg: parts.join(''), title: data.title, summary, width, height };
}

function mark(kind: 'target' | 'capacity', at: number, from: number, to: number, direction: 'vertical' | 'horizontal', dashed: boolean): string {
  const [x1, x2, y1, y2] = direction === 'vertical' ? [at, at, from, to] : [from, to, at, at];
  return `<line class="${kind}-mark" x1="${x1}" x2="${x2}" y1="${y1}" y2="${y2}" stroke="${INK}" stroke-width="2.5"${dashed ? ' stroke-dasharray="3 2"' : ''}/>`;
}

function summarise(data: BarChartData): string {
  if (data.bars.length === 0) return `${data.title}: nothing to show.`;
  const items = data.bars.map((b) => `${b.label}: ${valueWords(b, data.unit)}`).join('; ');
  const over = data.capacity ? data.bars.filter((b) => b.value > (data.capacity?.value ?? Infinity)).length : 0;
  const capacity = data.capacity ? ` ${data.capacity.label}: ${formatNumber(data.capacity.value)}${over ? `, exceeded by ${over} of ${data.bars.length}` : ''}.` : '';
  return `${data.title}. ${items}.${capacity}`;
}
