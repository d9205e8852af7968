import type { PageScan } from '../layouts/types.ts';
import { lineText } from './line-text.ts';
import { labelsInLine } from './service-labels.ts';
import { splitDates } from './split-dates.ts';
import type { PageServiceText, ServiceField, ServiceStrategy } from './types.ts';

/** An amount of time, the one thing every service line has. */
const AMOUNT = /\d+(?:\.\d+)?\s*(?:minutes?|mins?\b|hours?|hrs?\b|h\b)/i;
/** How a frequency and duration begins: a number, or a word of how often ("Weekly 30 min", "twice a week for 20 min"). */
const MANDATE_START = /^(?:\d|(?:daily|weekly|monthly|yearly|annually|once|twice|one|two|three|four|five|six|seven|eight|nine|ten)\b)/i;
/** The line's own number and the system's service code: `#1 510 Individual counseling`. */
const NUMBER_AND_CODE = /^(?:#\s*\d+[.)]?\s*)?(?:\d{3,4}\s*[-–:]?\s+)?/;

/** Pulls "Provider: X" and "Location: Y" out of a line; returns the rest and what was labelled. */
function labelledParts(text: string): { rest: string; parts: Partial<Record<ServiceField, string>> } {
  const marks = labelsInLine(text).filter((l) => l.field === 'provider' || l.field === 'setting' || l.field === 'grouping' || l.field === 'delivery');
  if (marks.length === 0) return { rest: text, parts: {} };
  const parts: Partial<Record<ServiceField, string>> = {};
  let rest = text.slice(0, marks[0]?.index);
  marks.forEach((mark, i) => {
    const value = text.slice(mark.end, marks[i + 1]?.index ?? text.length).trim();
    // The value runs to the next label, or to the dates or the amount that follow it.
    const stop = value.search(/\s(?=\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2}|\d+(?:\.\d+)?\s*(?:min|hour|hr))/i);
    const own = stop > 0 ? value.slice(0, stop) : value;
    if (mark.field && own) parts[mark.field] = own;
    rest += ` ${stop > 0 ? value.slice(stop) : ''}`;
  });
  return { rest: rest.replace(/\s+/g, ' ').trim(), parts };
}

/**
 * Service lines as SEIS prints them (`#1 510 Individual counseling 02/06/2025 - 02/05/2026 45 min x 1
 * sessions = 45 min Weekly`), and the same shape from other systems: the service's name, its start and
 * end dates, then its frequency and duration, with "Provider:" or "Location:" where the line labels
 * them. A line without a date range followed by a frequency and duration (beginning with a number or a word of
 * how often) is not a service line.
 *
 * @example serviceLines.find(scanPage(document.body, serviceFieldForLabel))[0]?.service // 'Individual counseling'
 */
export const serviceLines: ServiceStrategy = {
  id: 'service-lines',
  find(scan: PageScan<ServiceField>): PageServiceText[] {
    const out: PageServiceText[] = [];
    for (const line of scan.lines) {
      const shown = lineText(line);
      if (shown.length > 600 || !AMOUNT.test(shown)) continue;
      const { rest, parts } = labelledParts(shown);
      const range = splitDates(rest);
      if (!range || !AMOUNT.test(range.after) || !MANDATE_START.test(range.after)) continue;
      const service = range.before.replace(NUMBER_AND_CODE, '').replace(/[\s:·|,-]+$/, '').trim();
      if (!/[A-Za-z]{3}/.test(service) || service.length > 120 || AMOUNT.test(service)) continue;
      out.push({ service, mandate: range.after, startDate: range.start, endDate: range.end, ...parts, shown });
    }
    return out;
  },
};
