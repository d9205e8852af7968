import * as z from 'zod';

// Imported first by main.ts: schemas must never compile code with `new Function` (no eval in the add-on).
z.config({ jitless: true });
