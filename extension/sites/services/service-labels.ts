import { normaliseLabel } from '../field-labels.ts';
import type { ServiceField } from './types.ts';

/**
 * Column headers and labels IEP systems print for a service's parts (normalised: lower case, letters
 * and digits only). From the SEIS service page, NY's "Recommended Special Education Programs and
 * Services" table (Frequency, Period, Duration, Location, Projected Beginning Date), Texas/Frontline
 * schedules of services, and the `services` table's own headers and aliases.
 */
const LABELS: Readonly<Record<string, ServiceField>> = {
  service: 'service', services: 'service', servicename: 'service', servicetype: 'service', relatedservice: 'service', relatedservices: 'service',
  servicedescription: 'service', specialeducationservice: 'service', specialeducationservices: 'service', specialeducationprogramservices: 'service',
  specialeducationprogramsandservices: 'service', programservice: 'service', programservices: 'service', serviceprogram: 'service', typeofservice: 'service',
  provider: 'provider', providers: 'provider', providerrole: 'provider', serviceprovider: 'provider', providedby: 'provider', providertitle: 'provider',
  responsiblestaff: 'provider', staffresponsible: 'provider', positionresponsible: 'provider', personresponsible: 'provider', responsibleprovider: 'provider',
  location: 'setting', servicelocation: 'setting', setting: 'setting', locationsetting: 'setting', instructionalsetting: 'setting', servicesetting: 'setting',
  frequencyandduration: 'mandate', frequencyduration: 'mandate', durationfrequency: 'mandate', minutesfrequency: 'mandate', mandate: 'mandate',
  servicemandate: 'mandate', amount: 'mandate', amountoftime: 'mandate', timefrequency: 'mandate', serviceminutes: 'mandate', amountandfrequency: 'mandate',
  minutes: 'minutes', duration: 'minutes', minutespersession: 'minutes', sessionlength: 'minutes', lengthofsession: 'minutes', time: 'minutes',
  frequency: 'frequency', howoften: 'frequency', sessionsperperiod: 'frequency', sessions: 'frequency', times: 'frequency',
  period: 'period', per: 'period', interval: 'period',
  start: 'startDate', startdate: 'startDate', begin: 'startDate', begindate: 'startDate', beginningdate: 'startDate', projectedbeginningdate: 'startDate', projectedbeginningservicedate: 'startDate',
  projectedstartdate: 'startDate', servicestart: 'startDate', servicestartdate: 'startDate', initiationdate: 'startDate', initiation: 'startDate', from: 'startDate',
  end: 'endDate', enddate: 'endDate', endingdate: 'endDate', projectedenddate: 'endDate', projectedendingdate: 'endDate', serviceend: 'endDate', serviceenddate: 'endDate', through: 'endDate', to: 'endDate',
  dates: 'dates', servicedates: 'dates', startend: 'dates', startenddates: 'dates', begindateenddate: 'dates',
  grouping: 'grouping', groupindividual: 'grouping', individualgroup: 'grouping', groupsize: 'grouping', ratio: 'grouping', servicedeliveryrecommendations: 'grouping',
  delivery: 'delivery', deliverymodel: 'delivery', servicedelivery: 'delivery', directindirect: 'delivery', directconsult: 'delivery',
};

/** A "Minutes per Week" column: its cells are bare numbers of minutes in that period. */
const MINUTES_PER = /^(?:service)?min(?:ute)?s?(?:per|a)?(week|wk|month|mo|day|year|yr)$/;

/**
 * The part of a service a column header or label names, or `undefined` when it names none. A header of
 * minutes per period ("Minutes per Week") reads as the whole frequency and duration.
 *
 * @example serviceFieldForLabel('Projected Beginning Date') // 'startDate'
 * @example serviceFieldForLabel('Notes') // undefined
 */
export function serviceFieldForLabel(label: string): ServiceField | undefined {
  const trimmed = label.trim().replace(/[:：*]+\s*$/, '');
  if (trimmed.length === 0 || trimmed.length > 60) return undefined;
  const key = normaliseLabel(trimmed);
  return LABELS[key] ?? (MINUTES_PER.test(key) ? 'mandate' : undefined);
}

/**
 * The period a "Minutes per Week" header names, written as a mandate's words (`per week`), else undefined.
 *
 * @example periodOfMinutesHeader('Minutes per Week') // 'per week'
 */
export function periodOfMinutesHeader(label: string): string | undefined {
  const m = MINUTES_PER.exec(normaliseLabel(label.trim().replace(/[:：*]+\s*$/, '')));
  if (!m) return undefined;
  const unit = m[1] as string;
  return `per ${unit.startsWith('w') ? 'week' : unit.startsWith('mo') ? 'month' : unit.startsWith('d') ? 'day' : 'year'}`;
}

/** A known label inside a line of text: where it starts, where its value starts, and what it names. */
export interface LabelInLine {
  /** Where the label's first word starts. */
  index: number;
  /** Just after its colon (and the spaces after it): where the value starts. */
  end: number;
  label: string;
  field: ServiceField;
}

/**
 * The known labels in a line ("Service: Speech Frequency: 2x weekly"), in order: before each colon, the
 * longest run of its last one to four words that names a part of a service.
 *
 * @example labelsInLine('Speech Provider: SLP').map((l) => l.label) // ['Provider']
 */
export function labelsInLine(text: string): LabelInLine[] {
  const out: LabelInLine[] = [];
  for (const colon of text.matchAll(/\s*[:：]\s*/g)) {
    const before = text.slice(out.at(-1)?.end ?? 0, colon.index);
    const words = [...before.matchAll(/[^\s]+/g)];
    for (let n = Math.min(4, words.length); n >= 1; n--) {
      const first = words[words.length - n] as RegExpExecArray;
      const label = before.slice(first.index);
      const field = serviceFieldForLabel(label);
      if (field) {
        const offset = out.at(-1)?.end ?? 0;
        out.push({ index: offset + first.index, end: colon.index + colon[0].length, label, field });
        break;
      }
    }
  }
  return out;
}
