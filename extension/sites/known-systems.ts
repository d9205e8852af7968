/**
 * IEP systems Casekeeper knows by address, for the extension's permission requests: each `origins`
 * entry is a Chrome match pattern (any port matches when none is given).
 */
export const KNOWN_SYSTEMS: readonly { id: string; name: string; origins: string[] }[] = [
  { id: 'seis', name: 'SEIS (California)', origins: ['https://www.seis.org/*', 'https://*.seis.org/*'] },
  { id: 'demo', name: 'Casekeeper demo IEP site (this computer)', origins: ['http://127.0.0.1/*', 'http://localhost/*'] },
];
