import type { PageScan } from '../layouts/types.ts';
import { lineText } from './line-text.ts';
import { labelsInLine, periodOfMinutesHeader, serviceFieldForLabel } from './service-labels.ts';
import { withMinutes } from './with-minutes.ts';
import { splitDates } from './split-dates.ts';
import type { PageServiceText, ServiceField, ServiceStrategy } from './types.ts';


/** The labelled parts of one line, and a trailing label whose value is on the next line. */
type Labelled = { field: ServiceField; label: string };

function partsOf(text: string): { parts: (Labelled & { value: string })[]; dangling?: Labelled } {
  const whole = serviceFieldForLabel(text);
  if (whole) return { parts: [], dangling: { field: whole, label: text.replace(/[:：*]+\s*$/, '') } };
  const marks = labelsInLine(text);
  const parts: (Labelled & { value: string })[] = [];
  let dangling: Labelled | undefined;
  marks.forEach((mark, i) => {
    const value = text.slice(mark.end, marks[i + 1]?.index ?? text.length).trim();
    if (value) parts.push({ field: mark.field, label: mark.label, value });
    else if (i === marks.length - 1) dangling = { field: mark.field, label: mark.label };
  });
  return dangling ? { parts, dangling } : { parts };
}

/** A finished block becomes a service when it names one and how often. */
function toService(block: Partial<Record<ServiceField, string>>, shown: string[]): PageServiceText | undefined {
  if (!block.service || !(block.mandate || block.minutes || block.frequency)) return undefined;
  const mandate = block.mandate ?? [block.minutes ? withMinutes(block.minutes) : undefined, block.frequency, block.period].filter(Boolean).join(' ');
  const range = splitDates(block.dates ?? '');
  const found: PageServiceText = { service: block.service, mandate, shown: shown.join(' · ') };
  for (const k of ['provider', 'setting', 'grouping', 'delivery'] as const) if (block[k]) found[k] = block[k];
  const start = block.startDate ?? range?.start;
  const end = block.endDate ?? range?.end;
  if (start) found.startDate = start;
  if (end) found.endDate = end;
  return found;
}

/**
 * Services written as labelled blocks, one after another: "Service: Speech-language therapy",
 * "Provider: SLP", "Frequency: 2 times per week", "Duration: 30 minutes", "Start Date: 09/02/2026" (on
 * one line or several; a label alone on its line takes the next line as its value, as in label/value
 * cells and definition lists). Each "Service" label starts the next service. Tables of services with a
 * header row are left to {@link serviceTables}.
 *
 * @example labelledServices.find(scanPage(document.body, serviceFieldForLabel))[0]?.provider // 'Speech-language pathologist'
 */
export const labelledServices: ServiceStrategy = {
  id: 'labelled-services',
  find(scan: PageScan<ServiceField>): PageServiceText[] {
    const tables = new Set(scan.tables.filter((t) => t.shape.isHeaderRow && t.shape.headerKeys.includes('service')).map((t) => t.el));
    const out: PageServiceText[] = [];
    let block: Partial<Record<ServiceField, string>> = {};
    let shown: string[] = [];
    let pending: Labelled | undefined;
    const finish = () => {
      const service = toService(block, shown);
      if (service) out.push(service);
      block = {};
      shown = [];
    };
    const put = (field: ServiceField, value: string, label: string) => {
      if (field === 'service' && block.service !== undefined) finish();
      if (field !== 'service' && block.service === undefined) return; // a date or a provider outside any service
      if (block[field] === undefined) {
        const per = field === 'mandate' ? periodOfMinutesHeader(label) : undefined;
        block[field] = per && /^\d+(?:\.\d+)?$/.test(value) ? `${value} min ${per}` : value;
        shown.push(`${label}: ${value}`);
      }
    };
    for (const line of scan.lines) {
      const table = line.block.closest('table');
      if (table && tables.has(table)) continue;
      const text = lineText(line);
      if (!text || text.length > 600) continue;
      if (pending) {
        const { field, label } = pending;
        pending = undefined;
        if (!serviceFieldForLabel(text)) {
          put(field, text, label);
          continue;
        }
      }
      const { parts, dangling } = partsOf(text);
      for (const p of parts) put(p.field, p.value, p.label);
      pending = dangling;
    }
    finish();
    return out;
  },
};
