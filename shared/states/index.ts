import type { RulePack } from '../timeline-rule.ts';
import { AZ } from './AZ.ts';
import { CA } from './CA.ts';
import { CO } from './CO.ts';
import { FL } from './FL.ts';
import { GA } from './GA.ts';
import { IL } from './IL.ts';
import { IN } from './IN.ts';
import { KY } from './KY.ts';
import { MA } from './MA.ts';
import { MI } from './MI.ts';
import { NC } from './NC.ts';
import { NJ } from './NJ.ts';
import { NY } from './NY.ts';
import { OH } from './OH.ts';
import { PA } from './PA.ts';
import { TX } from './TX.ts';
import { VA } from './VA.ts';
import { WA } from './WA.ts';
import { WI } from './WI.ts';

/** State rule packs, in postal-code order. Each lists only the rules that differ from the federal baseline. */
export const STATE_RULE_PACKS: readonly RulePack[] = [AZ, CA, CO, FL, GA, IL, IN, KY, MA, MI, NC, NJ, NY, OH, PA, TX, VA, WA, WI];
