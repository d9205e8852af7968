import { CASELOAD_CAPS } from './caseload-caps.ts';
import type { SettingsTabRow } from './settings-tab-rows.ts';

/** What one workload row of the Settings tab sets (settings.workload), and what could not be used. */
export interface WorkloadSettingRead {
  workload: { capacityHours?: number; caseloadType?: string; caseManagers?: Record<string, { capacityHours: number }> };
  /** In a teacher's words, each naming the row. */
  problems: string[];
}

/** "8", "7.5", "8 h" → hours from 0 to 80; anything else undefined. */
function hoursOf(text: string): number | undefined {
  const n = Number(text.replace(/\s*(h|hrs?|hours?)$/i, '').trim());
  return text.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 80 ? n : undefined;
}

/**
 * Reads the Value of one of the Settings tab's workload rows: "Work hours a week" ("8", "7.5", "8 h"),
 * "Work hours a week, by case manager" ("a.patel@school.example: 8; b.ng: 12", each entry read on its
 * own) and "Caseload type" (a cap in law, by its id in any case). Blank sets nothing; a bad value is named
 * and the default kept (a cap is never guessed).
 *
 * @example readWorkloadSetting(row, '8 h').workload // { capacityHours: 8 }
 */
export function readWorkloadSetting(row: SettingsTabRow, text: string): WorkloadSettingRead {
  const problems: string[] = [];
  const bad = (why: string) => problems.push(`Settings, "${row.label}": ${why} Using the default.`);
  if (text === '') return { workload: {}, problems };
  switch (row.id) {
    case 'capacityHours': {
      const hours = hoursOf(text);
      if (hours !== undefined) return { workload: { capacityHours: hours }, problems };
      bad(`"${text}" is not a number of hours from 0 to 80.`);
      return { workload: {}, problems };
    }
    case 'caseManagerHours': {
      const people: Record<string, { capacityHours: number }> = {};
      for (const entry of text.split(/[;\n]+/).map((e) => e.trim()).filter(Boolean)) {
        const m = /^(.+?)\s*[:=]\s*([^:=]+?)\s*(?:h|hrs?|hours?)?$/i.exec(entry);
        const hours = m ? hoursOf(m[2] as string) : undefined;
        if (!m || hours === undefined) {
          problems.push(`Settings, "${row.label}": "${entry}" should be a name and hours, like "a.patel@school.example: 8". That person gets the usual hours.`);
          continue;
        }
        people[(m[1] as string).trim()] = { capacityHours: hours };
      }
      return { workload: Object.keys(people).length ? { caseManagers: people } : {}, problems };
    }
    case 'caseloadType': {
      const cap = CASELOAD_CAPS.find((c) => c.id.toLowerCase() === text.toLowerCase());
      if (cap) return { workload: { caseloadType: cap.id }, problems };
      bad(`"${text}" is not a caseload type Casekeeper knows (${CASELOAD_CAPS.map((c) => c.id).join(', ')}); no cap is applied.`);
      return { workload: {}, problems };
    }
    default:
      return { workload: {}, problems };
  }
}
