import * as z from 'zod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { KNOWN_SYSTEMS } from '../../sites/known-systems.ts';
import { App, startEarlyReads } from './App.tsx';
import './style.css';

z.config({ jitless: true });
const early = startEarlyReads();

const root = document.getElementById('root');
if (root) {
  const tab = new URLSearchParams(location.search).get('tab') ?? undefined;
  createRoot(root).render(
    <StrictMode>
      <App knownSystems={KNOWN_SYSTEMS} early={early} initialTab={tab} />
    </StrictMode>,
  );
}
