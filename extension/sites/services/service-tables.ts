import { boundedText, columnsOf, valueOf } from '../dom-text.ts';
import { isDataRow } from '../layouts/header-row-tables.ts';
import { collapse, type PageScan } from '../layouts/types.ts';
import { periodOfMinutesHeader } from './service-labels.ts';
import { splitDates } from './split-dates.ts';
import { withMinutes } from './with-minutes.ts';
import type { PageServiceText, ServiceField, ServiceStrategy } from './types.ts';

/** Rows read from one table at most (an IEP lists a handful of services). */
const MAX_ROWS = 60;


/**
 * Tables of services under a header row (Service | Provider | Location | Frequency | Duration | Start |
 * End, in any order and any of the systems' words): one service per visible row. Frequency, period and
 * duration in separate columns are joined into one frequency-and-duration text for the parser; a dates
 * column ("02/06/2025 - 02/05/2026") gives the start and end.
 *
 * @example serviceTables.find(scanPage(document.body, serviceFieldForLabel))[0]?.mandate // '30 minutes 2 times Weekly'
 */
export const serviceTables: ServiceStrategy = {
  id: 'service-tables',
  find(scan: PageScan<ServiceField>): PageServiceText[] {
    const out: PageServiceText[] = [];
    for (const { shape } of scan.tables) {
      const keys = shape.headerKeys;
      if (!keys.includes('service') || !keys.some((k) => k === 'mandate' || k === 'minutes' || k === 'frequency')) continue;
      if (!shape.hasHeaderRow && keys.filter((k) => k !== undefined).length < 2) continue;
      const headers = shape.headerCells.map((c) => collapse(boundedText(c, 100)));
      for (const row of shape.rows.slice(1, MAX_ROWS + 1)) {
        if (!isDataRow(row)) continue;
        const cells = columnsOf(row);
        const parts: Partial<Record<ServiceField, string>> = {};
        const shown: string[] = [];
        cells.forEach((cell, i) => {
          if (cells[i - 1] === cell) return;
          const text = collapse(valueOf(cell));
          if (!text) return;
          shown.push(text);
          const key = keys[i];
          if (!key || parts[key] !== undefined) return;
          const per = key === 'mandate' ? periodOfMinutesHeader(headers[i] ?? '') : undefined;
          parts[key] = per && /^\d+(?:\.\d+)?$/.test(text) ? `${text} min ${per}` : text;
        });
        const service = parts.service;
        if (!service) continue;
        const range = splitDates(parts.dates ?? '') ?? (parts.minutes ? splitDates(parts.minutes) : undefined);
        if (range && parts.minutes && splitDates(parts.minutes)) delete parts.minutes;
        const mandate = parts.mandate ?? [parts.minutes ? withMinutes(parts.minutes) : undefined, parts.frequency, parts.period].filter(Boolean).join(' ');
        const found: PageServiceText = { service, shown: shown.join(' · ') };
        if (mandate) found.mandate = mandate;
        for (const k of ['provider', 'setting', 'grouping', 'delivery'] as const) if (parts[k]) found[k] = parts[k];
        const start = parts.startDate ?? range?.start;
        const end = parts.endDate ?? range?.end;
        if (start) found.startDate = start;
        if (end) found.endDate = end;
        out.push(found);
      }
    }
    return out;
  },
};
