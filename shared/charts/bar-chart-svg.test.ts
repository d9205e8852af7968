import { describe, expect, it } from 'vitest';
import { STATUS_STYLES } from '../deadline.ts';
import { expectWellFormedChart, parseSvg } from '../../tests/charts/svg-structure.ts';
import { type BarChartData, barChartSvg } from './bar-chart-svg.ts';

const services: BarChartData = {
  title: 'Service minutes this month',
  orientation: 'horizontal',
  unit: 'minutes',
  bars: [
    { label: 'Speech-language therapy', value: 120, target: 180, status: 'urgent' },
    { label: 'Resource room reading', value: 240, target: 240, status: 'done' },
    { label: 'Occupational therapy', value: 0, target: 60, status: 'overdue' },
  ],
};

const weeks: BarChartData = {
  title: 'Students seen each week',
  orientation: 'vertical',
  unit: 'students',
  capacity: { value: 28, label: 'Caseload cap' },
  bars: Array.from({ length: 12 }, (_, i) => ({ label: `Week ${i + 1}`, value: 20 + i, ...(20 + i > 28 ? { status: 'overdue' as const } : {}) })),
};

describe('barChartSvg (horizontal)', () => {
  it('draws one labelled bar per row with its target mark, in the status colours, at 360 px', () => {
    const chart = barChartSvg(services, { width: 360 });
    const root = expectWellFormedChart(chart.svg);
    const rects = Array.from(root.querySelectorAll('.bar rect'));
    expect(rects).toHaveLength(3);
    expect(rects.map((r) => r.getAttribute('fill'))).toEqual([STATUS_STYLES.urgent.background, STATUS_STYLES.done.background, STATUS_STYLES.overdue.background]);
    expect(root.querySelectorAll('.target-mark')).toHaveLength(3);
    expect(Array.from(root.querySelectorAll('.bar-label')).map((t) => t.textContent)).toEqual(services.bars.map((b) => b.label));
    expect(root.querySelector('.bar-value')?.textContent).toBe('120 of 180 minutes (Urgent)');
    // bar lengths follow the values
    const widths = rects.map((r) => Number(r.getAttribute('width')));
    expect(widths[1]).toBeCloseTo((widths[0] as number) * 2, 0);
    expect(widths[2]).toBe(0);
  });

  it('says every bar in its text summary', () => {
    expect(barChartSvg(services).summary).toBe(
      'Service minutes this month. Speech-language therapy: 120 of 180 minutes (Urgent); Resource room reading: 240 of 240 minutes (Done); Occupational therapy: 0 of 60 minutes (Overdue).',
    );
  });
});

describe('barChartSvg (vertical)', () => {
  it('draws a column per week against the capacity line, thinning labels that would not fit', () => {
    const chart = barChartSvg(weeks, { width: 360 });
    const root = expectWellFormedChart(chart.svg);
    expect(root.querySelectorAll('.bar rect')).toHaveLength(12);
    const line = root.querySelector('.capacity-line line');
    expect(line).not.toBeNull();
    const labels = root.querySelectorAll('.bar-label');
    expect(labels.length).toBeGreaterThan(1);
    expect(labels.length).toBeLessThan(12);
    // taller bars for larger values; bars over the cap reach above the line
    const tops = Array.from(root.querySelectorAll('.bar rect')).map((r) => Number(r.getAttribute('y')));
    expect(tops).toEqual([...tops].sort((a, b) => b - a));
    expect(tops[11]).toBeLessThan(Number(line?.getAttribute('y1')));
    expect(chart.summary).toContain('Caseload cap: 28, exceeded by 3 of 12.');
  });

  it('shows every label on a wide chart', () => {
    expect(parseSvg(barChartSvg(weeks, { width: 1200 }).svg).querySelectorAll('.bar-label')).toHaveLength(12);
  });

  it('escapes labels and draws an empty chart', () => {
    const chart = barChartSvg({ title: 'T', orientation: 'vertical', bars: [{ label: '<script>x</script>', value: 3 }] });
    expect(chart.svg).not.toContain('<script');
    expect(parseSvg(chart.svg).querySelector('.bar-label')?.textContent).toBe('<script>x</script>');
    expectWellFormedChart(barChartSvg({ title: 'None', orientation: 'horizontal', bars: [] }).svg);
  });
});
