/**
 * IEP systems Casekeeper knows by address, for the extension's permission requests: each `origins`
 * entry is a Chrome match pattern (any port matches when none is given). SEIS's address is in the
 * reference; the others are the vendors' public host names (districts get a subdomain). A district on
 * another address adds it as "any other site".
 */
export const KNOWN_SYSTEMS: readonly { id: string; name: string; origins: string[] }[] = [
  { id: 'seis', name: 'SEIS (California)', origins: ['https://www.seis.org/*', 'https://*.seis.org/*'] },
  { id: 'esped', name: 'Frontline eSped', origins: ['https://*.esped.com/*'] },
  { id: 'powerschool-special-programs', name: 'PowerSchool Special Programs', origins: ['https://*.powerschool.com/*'] },
  { id: 'infinite-campus', name: 'Infinite Campus', origins: ['https://*.infinitecampus.org/*'] },
  { id: 'easyiep', name: 'EasyIEP (PCG)', origins: ['https://*.easyiep.com/*'] },
  ...((import.meta as { env?: Record<string, unknown> }).env?.WXT_STORE_BUILD === 'true' ? [] : [{ id: 'demo', name: 'Casekeeper demo IEP site (this computer)', origins: ['http://127.0.0.1/*', 'http://localhost/*'] }]),
];
