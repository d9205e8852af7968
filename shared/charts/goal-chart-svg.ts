import { scaleLinear, scaleUtc } from 'd3-scale';
import { line, symbol, symbolStar } from 'd3-shape';
import type { GoalMeasure } from '../goal-record.ts';
import type { IsoDate } from '../iso-date.ts';
import { formatSlope, presentGoalValue } from '../present-goal-value.ts';
import { presentDate } from '../present-date.ts';
import { VERDICT_STYLES } from '../present-verdict.ts';
import type { ProgressVerdict } from '../progress/progress-verdict.ts';
import { type ChartOptions, type ChartSvg, chartId, px, svgOpen } from './chart-svg.ts';
import { escapeXml } from './escape-xml.ts';
import { shortDate } from './short-date.ts';

/** A dated value on a goal chart. */
export interface GoalChartPoint {
  date: IsoDate;
  value: number;
}

/** What a goal chart shows: plain data, so any part can draw it (see `goalChartData` for a GoalProgress). */
export interface GoalChartData {
  /** The chart's name (the goal's area or text). */
  title: string;
  measure?: GoalMeasure | undefined;
  unit?: string | undefined;
  /** The measurements, any order. */
  points: readonly GoalChartPoint[];
  /** The aim line, from the baseline to the target. */
  aim?: { from: GoalChartPoint; to: GoalChartPoint } | undefined;
  /** The trend line of the current phase. */
  trend?: { from: GoalChartPoint; to: GoalChartPoint; perWeek: number } | undefined;
  /** Dates of marked instructional changes. */
  phaseChanges?: readonly IsoDate[] | undefined;
  target?: GoalChartPoint | undefined;
  verdict?: ProgressVerdict | undefined;
  reason?: string | undefined;
}

const INK = '#1F1F1F';
const GREY = '#5F6368';
const GRID = '#E0E0E0';
const utc = (date: IsoDate) => new Date(`${date}T00:00:00Z`);
const isoOf = (d: Date) => d.toISOString().slice(0, 10) as IsoDate;
const move = (perWeek: number, fmt: (n: number) => string) => (Math.abs(perWeek) < 1e-9 ? 'stays level' : `${perWeek > 0 ? 'rises' : 'falls'} ${fmt(Math.abs(perWeek))} a week`);

/**
 * A goal's progress chart as an SVG string, with no DOM: the measurements (joined within each phase),
 * the aim line (dashed), the trend line (in the verdict's colour), dashed verticals at instructional
 * changes, a star at the target, the verdict in a badge, and a legend. Scales and ticks from d3-scale,
 * paths from d3-shape. Every text is escaped. Readable from 320 px wide (`width`, default 640).
 *
 * @example goalChartSvg(goalChartData(progress), { width: 360 }).svg // '<svg … role="img" …><title …>Reading fluency</title>…'
 */
export function goalChartSvg(data: GoalChartData, options: ChartOptions = {}): ChartSvg {
  const width = Math.round(Math.min(2000, Math.max(280, options.width ?? 640)));
  const height = Math.round(Math.min(480, Math.max(220, width * 0.62)));
  const id = chartId(options.id);
  const value = (n: number) => presentGoalValue(n, data);
  const points = [...data.points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const summary = summarise(data, points, value);
  const margin = { top: 34, right: 16, bottom: 46, left: 44 };
  const plot = { left: margin.left, right: width - margin.right, top: margin.top, bottom: height - margin.bottom };

  // Domains: every date and value drawn.
  const dates: IsoDate[] = [...points.map((p) => p.date), ...(data.phaseChanges ?? [])];
  const values: number[] = points.map((p) => p.value);
  for (const seg of [data.aim, data.trend]) {
    if (!seg) continue;
    dates.push(seg.from.date, seg.to.date);
    values.push(seg.from.value, seg.to.value);
  }
  if (data.target) {
    dates.push(data.target.date);
    values.push(data.target.value);
  }
  const times = dates.map((d) => utc(d).getTime());
  const tMin = times.length ? Math.min(...times) : Date.UTC(2000, 0, 1);
  const tMax = times.length ? Math.max(...times) : tMin;
  const tPad = tMax - tMin < 14 * 864e5 ? 7 * 864e5 : 0;
  const vMin = values.length ? Math.min(...values) : 0;
  const vMax = values.length ? Math.max(...values) : 1;
  const vPad = vMax - vMin < 1e-9 ? 1 : 0;
  const [t0, t1, v0, v1] = [tMin - tPad, tMax + tPad, vMin - vPad, vMax + vPad];
  const x = scaleUtc().domain([new Date(t0), new Date(t1)]).range([plot.left, plot.right]);
  const y = scaleLinear().domain([v0, v1]).nice(Math.max(3, Math.floor((plot.bottom - plot.top) / 40))).range([plot.bottom, plot.top]);
  const xAt = (date: IsoDate) => px(x(utc(date)));
  const yAt = (v: number) => px(y(v));
  const style = data.verdict ? VERDICT_STYLES[data.verdict] : undefined;
  const parts: string[] = [svgOpen({ width, height, id, title: data.title, summary })];

  // Grid and y axis.
  parts.push('<g class="y-axis">');
  for (const tick of y.ticks(Math.max(3, Math.floor((plot.bottom - plot.top) / 40)))) {
    const ty = yAt(tick);
    parts.push(`<line x1="${plot.left}" x2="${plot.right}" y1="${ty}" y2="${ty}" stroke="${GRID}"/>`);
    parts.push(`<text x="${plot.left - 6}" y="${px(ty + 4)}" text-anchor="end" fill="${GREY}">${escapeXml(formatTick(tick))}</text>`);
  }
  parts.push('</g>');

  // x axis: dates.
  parts.push(`<g class="x-axis"><line x1="${plot.left}" x2="${plot.right}" y1="${plot.bottom}" y2="${plot.bottom}" stroke="${GREY}"/>`);
  for (const tick of x.ticks(Math.max(2, Math.floor((plot.right - plot.left) / 75)))) {
    const tx = px(x(tick));
    const anchor = tx - plot.left < 20 ? 'start' : plot.right - tx < 20 ? 'end' : 'middle';
    parts.push(`<line x1="${tx}" x2="${tx}" y1="${plot.bottom}" y2="${plot.bottom + 4}" stroke="${GREY}"/>`);
    parts.push(`<text x="${tx}" y="${plot.bottom + 16}" text-anchor="${anchor}" fill="${GREY}">${escapeXml(shortDate(isoOf(tick)))}</text>`);
  }
  parts.push('</g>');

  // Instructional changes.
  for (const date of data.phaseChanges ?? []) {
    const cx = xAt(date);
    parts.push(
      `<g class="phase-change"><line x1="${cx}" x2="${cx}" y1="${plot.top}" y2="${plot.bottom}" stroke="${GREY}" stroke-width="1.5" stroke-dasharray="2 3"/>` +
        `<text x="${px(cx + 3)}" y="${plot.top + 10}" fill="${GREY}" font-size="11" stroke="#FFFFFF" stroke-width="3" paint-order="stroke">change</text><title>${escapeXml(`Instruction changed on ${presentDate(date, 'long')}`)}</title></g>`,
    );
  }

  // Aim line, trend line.
  if (data.aim) {
    parts.push(
      `<line class="aim-line" x1="${xAt(data.aim.from.date)}" y1="${yAt(data.aim.from.value)}" x2="${xAt(data.aim.to.date)}" y2="${yAt(data.aim.to.value)}" stroke="${GREY}" stroke-width="2" stroke-dasharray="7 4"><title>Aim line</title></line>`,
    );
  }
  const path = line<GoalChartPoint>().x((p) => x(utc(p.date))).y((p) => y(p.value)).digits(1);
  if (data.trend) {
    parts.push(`<path class="trend-line" d="${path([data.trend.from, data.trend.to]) ?? ''}" fill="none" stroke="${style?.text ?? INK}" stroke-width="2.5"><title>Trend line</title></path>`);
  }

  // Measurements: joined within each phase.
  const changes = [...(data.phaseChanges ?? [])].sort();
  let segment: GoalChartPoint[] = [];
  const segments: GoalChartPoint[][] = [segment];
  let next = 0;
  for (const p of points) {
    let crossed = false;
    while (next < changes.length && (changes[next] as IsoDate) <= p.date) {
      next += 1;
      crossed = true;
    }
    if (crossed && segment.length) {
      segment = [];
      segments.push(segment);
    }
    segment.push(p);
  }
  for (const seg of segments) if (seg.length > 1) parts.push(`<path class="data-line" d="${path(seg) ?? ''}" fill="none" stroke="${INK}" stroke-width="1.5"/>`);
  for (const p of points) {
    parts.push(`<circle class="point" cx="${xAt(p.date)}" cy="${yAt(p.value)}" r="3.5" fill="${INK}"><title>${escapeXml(`${presentDate(p.date, 'long')}: ${value(p.value)}`)}</title></circle>`);
  }

  // Target.
  if (data.target) {
    const star = symbol(symbolStar, 150).digits(1)() ?? '';
    parts.push(
      `<path class="target-marker" transform="translate(${xAt(data.target.date)},${yAt(data.target.value)})" d="${star}" fill="#FFFFFF" stroke="${INK}" stroke-width="1.5"><title>${escapeXml(`Goal: ${value(data.target.value)} by ${presentDate(data.target.date, 'long')}`)}</title></path>`,
    );
  }

  // Verdict badge and legend.
  if (style) {
    const w = Math.min(width - 16, style.label.length * 7.2 + 16);
    parts.push(
      `<g class="verdict"><rect x="8" y="6" width="${px(w)}" height="20" rx="4" fill="${style.background}" stroke="${style.text}"/><text x="16" y="20" fill="${style.text}" font-weight="bold">${escapeXml(style.label)}</text></g>`,
    );
  }
  const ly = height - 10;
  parts.push(
    `<g class="legend" font-size="11" fill="${GREY}">` +
      `<circle cx="${plot.left}" cy="${ly - 4}" r="3.5" fill="${INK}"/><text x="${plot.left + 7}" y="${ly}">data</text>` +
      `<line x1="${plot.left + 42}" x2="${plot.left + 64}" y1="${ly - 4}" y2="${ly - 4}" stroke="${GREY}" stroke-width="2" stroke-dasharray="7 4"/><text x="${plot.left + 68}" y="${ly}">aim</text>` +
      `<line x1="${plot.left + 96}" x2="${plot.left + 118}" y1="${ly - 4}" y2="${ly - 4}" stroke="${style?.text ?? INK}" stroke-width="2.5"/><text x="${plot.left + 122}" y="${ly}">trend</text>` +
      `<text x="${plot.left + 160}" y="${ly}">☆ goal</text>` +
      '</g>',
  );
  parts.push('</svg>');
  return { svg: parts.join(''), title: data.title, summary, width, height };
}

function formatTick(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

function summarise(data: GoalChartData, points: readonly GoalChartPoint[], value: (n: number) => string): string {
  const unit = data.measure === 'percent' ? 'percentage points' : data.measure === 'rubric' ? 'levels' : (data.unit ?? '');
  const fmt = (n: number) => `${formatSlope(n)}${unit ? ` ${unit}` : ''}`;
  const sentences: string[] = [];
  const name = data.title.replace(/[.!?]\s*$/, '');
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) sentences.push(`${name}: no measurements yet.`);
  else if (first === last) sentences.push(`${name}: 1 measurement, ${value(last.value)} on ${presentDate(last.date, 'long')}.`);
  else sentences.push(`${name}: ${points.length} measurements from ${presentDate(first.date, 'long')} to ${presentDate(last.date, 'long')}; the latest is ${value(last.value)}.`);
  if (data.target) sentences.push(`Goal: ${value(data.target.value)} by ${presentDate(data.target.date, 'long')}.`);
  if (data.aim) {
    const weeks = (utc(data.aim.to.date).getTime() - utc(data.aim.from.date).getTime()) / (7 * 864e5);
    const aimPerWeek = weeks > 0 ? (data.aim.to.value - data.aim.from.value) / weeks : 0;
    sentences.push(`The aim line ${move(aimPerWeek, fmt)}${data.trend ? `; the trend ${move(data.trend.perWeek, fmt)}` : ''}.`);
  } else if (data.trend) sentences.push(`The trend ${move(data.trend.perWeek, fmt)}.`);
  if ((data.phaseChanges ?? []).length) sentences.push(`Instruction changed on ${(data.phaseChanges ?? []).map((d) => presentDate(d, 'long')).join(', ')}.`);
  if (data.verdict) sentences.push(`${VERDICT_STYLES[data.verdict].label}${data.reason ? `: ${data.reason}` : ''}.`);
  return sentences.join(' ');
}
