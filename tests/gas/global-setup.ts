import { buildGas } from '../../apps-script/build.ts';

/** Builds `dist/apps-script/Code.js` once before the gas tests run against it. */
export default async function setup(): Promise<void> {
  await buildGas();
}
