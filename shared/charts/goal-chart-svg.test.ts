import { describe, expect, it } from 'vitest';
import { caseloadOf } from '../caseload.ts';
import type { IsoDate } from '../iso-date.ts';
import { evaluateGoals } from '../progress/evaluate-goals.ts';
import { Settings } from '../settings.ts';
import { goalOf, pointsOf } from '../test-fixtures-progress.ts';
import { expectWellFormedChart, parseSvg } from '../../tests/charts/svg-structure.ts';
import { goalChartData } from './goal-chart-data.ts';
import { goalChartSvg } from './goal-chart-svg.ts';

const goal = goalOf();
const points = pointsOf(goal, [22, 24, 25, 27, 29, 31, 36, 38, 40], { changeAt: 6 });
const [progress] = evaluateGoals(caseloadOf({ goals: [goal], goalData: points }), { settings: Settings.parse({}), today: '2026-12-01' as IsoDate });
if (!progress) throw new Error('fixture');
const data = goalChartData(progress);

describe('goalChartSvg', () => {
  it('draws the points, aim line, trend line, phase change and target', () => {
    const chart = goalChartSvg(data, { width: 360 });
    const root = expectWellFormedChart(chart.svg);
    expect(root.querySelectorAll('circle.point')).toHaveLength(9);
    expect(root.querySelectorAll('.aim-line')).toHaveLength(1);
    expect(root.querySelectorAll('.trend-line')).toHaveLength(1);
    expect(root.querySelectorAll('.phase-change')).toHaveLength(1);
    expect(root.querySelectorAll('.target-marker')).toHaveLength(1);
    expect(root.querySelectorAll('.data-line')).toHaveLength(2); // joined within each phase only
    expect(chart.width).toBe(360);
    expect(root.getAttribute('viewBox')).toBe(`0 0 360 ${chart.height}`);
  });

  it('puts the aim line from the baseline to the target, and later points further right', () => {
    const root = parseSvg(goalChartSvg(data).svg);
    const aim = root.querySelector('.aim-line');
    const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((a) => Number(aim?.getAttribute(a)));
    expect(x2).toBeGreaterThan(x1 as number);
    expect(y2).toBeLessThan(y1 as number); // a rising goal goes up the page
    const xs = Array.from(root.querySelectorAll('circle.point')).map((c) => Number(c.getAttribute('cx')));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('shows the verdict in words and in its status colours, and describes the chart in text', () => {
    const chart = goalChartSvg(data, { width: 360 });
    expect(progress.verdict).toBe('insufficient-data'); // 3 points since the change
    const root = parseSvg(chart.svg);
    expect(root.querySelector('.verdict text')?.textContent).toBe('Not enough data');
    expect(root.querySelector('.verdict rect')?.getAttribute('fill')).toBe('#FCE8B2');
    expect(chart.summary).toContain('9 measurements from Sep 14, 2026 to Nov 9, 2026; the latest is 40 words correct per minute.');
    expect(chart.summary).toContain('Goal: 48 words correct per minute by Dec 14, 2026.');
    expect(chart.summary).toContain('The aim line rises 2 words correct per minute a week');
    expect(chart.summary).toContain('Instruction changed on Oct 26, 2026.');
    expect(root.querySelector('desc')?.textContent).toBe(chart.summary);
    const rubric = goalChartSvg({ ...data, measure: 'rubric', unit: 'rubric level' }).summary;
    expect(rubric).toContain('The aim line rises 2 levels a week');
  });

  it('escapes every text: a goal named <script> stays text', () => {
    const chart = goalChartSvg({ ...data, title: '<script>alert("x")</script> & more', unit: '<b>wcpm</b>' }, { id: 'g"1' });
    expect(chart.svg).not.toContain('<script');
    expect(chart.svg).not.toContain('<b>');
    const root = expectWellFormedChart(chart.svg);
    expect(root.querySelector('title')?.textContent).toBe('<script>alert("x")</script> & more');
    expect(root.getAttribute('aria-labelledby')).toBe('g-1-title g-1-desc');
  });

  it('draws a chart with no data, or one point, inside its box', () => {
    expectWellFormedChart(goalChartSvg({ title: 'Empty', points: [] }, { width: 320 }).svg);
    const one = goalChartSvg({ title: 'One', points: [{ date: '2026-10-01' as IsoDate, value: 5 }] }, { width: 320 });
    expect(parseSvg(one.svg).querySelectorAll('circle.point')).toHaveLength(1);
    expect(one.summary).toBe('One: 1 measurement, 5 on Oct 1, 2026.');
  });
});
