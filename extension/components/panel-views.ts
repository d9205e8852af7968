import { lazy } from 'react';
import { CaseloadPanelView } from './CaseloadView.tsx';
import type { PanelView } from './panel-view.ts';
import { StudentPanelView } from './StudentView.tsx';

/**
 * Every view of the side panel, in tab order: the panel draws one tab per entry (arrow keys move between
 * them) and the first is where it opens. Adding a view is one file (a component taking `PanelViewProps`,
 * see panel-view.ts) plus one line here.
 */
export const PANEL_VIEWS: readonly PanelView[] = [
  { id: 'student', label: 'This student', component: StudentPanelView },
  { id: 'caseload', label: 'Caseload', component: CaseloadPanelView, count: ({ caseload }) => caseload.students.length },
  // Loaded when first opened: they carry the CSV, zip and iCalendar code the other views do not need.
  { id: 'services', label: 'Services', component: lazy(() => import('./ServicesView.tsx').then((m) => ({ default: m.ServicesPanelView }))) },
  { id: 'settings', label: 'Settings', component: lazy(() => import('./SettingsView.tsx').then((m) => ({ default: m.SettingsPanelView }))) },
  { id: 'data', label: 'Data', component: lazy(() => import('./DataView.tsx').then((m) => ({ default: m.DataPanelView }))) },
];
