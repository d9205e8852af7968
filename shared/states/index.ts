import { stateBasics } from '../rules/state-basics.ts';
import type { RulePack } from '../timeline-rule.ts';
import { AZ } from './AZ.ts';
import { CA } from './CA.ts';
import { CO } from './CO.ts';
import { CT } from './CT.ts';
import { FL } from './FL.ts';
import { GA } from './GA.ts';
import { IL } from './IL.ts';
import { IN } from './IN.ts';
import { JURISDICTION_BASICS } from './jurisdiction-basics.ts';
import { KY } from './KY.ts';
import { MA } from './MA.ts';
import { MI } from './MI.ts';
import { NC } from './NC.ts';
import { NJ } from './NJ.ts';
import { NY } from './NY.ts';
import { OH } from './OH.ts';
import { PA } from './PA.ts';
import { TN } from './TN.ts';
import { TX } from './TX.ts';
import { VA } from './VA.ts';
import { WA } from './WA.ts';
import { WI } from './WI.ts';

/** The states with timelines of their own beyond the basics (evaluation, IEP, notice …). */
const OWN_PACKS: readonly RulePack[] = [AZ, CA, CO, CT, FL, GA, IL, IN, KY, MA, MI, NC, NJ, NY, OH, PA, TN, TX, VA, WA, WI];

/**
 * A jurisdiction's pack: its own rules (if any), then its transition and transfer-of-rights rules and
 * their settings from `JURISDICTION_BASICS`.
 */
function packOf(code: string): RulePack {
  const basics = JURISDICTION_BASICS[code];
  if (!basics) throw new Error(`No basics for ${code}`);
  const own = OWN_PACKS.find((p) => p.code === code) ?? { code, name: basics.name, rules: [], settings: [] };
  const added = stateBasics(code, basics);
  return { ...own, rules: [...own.rules, ...added.rules], settings: [...own.settings, ...added.settings] };
}

/**
 * Rule packs of the 50 states and DC, in postal-code order. Each lists only the rules that differ from the
 * federal baseline, and every one has at least its age of majority and transition age.
 */
export const STATE_RULE_PACKS: readonly RulePack[] = Object.keys(JURISDICTION_BASICS).sort().map(packOf);
