import { lazy } from 'react';
import { CaseloadPanelView } from './CaseloadView.tsx';
import type { PanelView } from './panel-view.ts';
import { StudentPanelView } from './StudentView.tsx';
import { TodayPanelView } from './TodayView.tsx';

/**
 * Every view of the side panel, in tab order: the panel draws one tab per entry (arrow keys move between
 * them) and the first is where it opens. Adding a view is one file (a component taking `PanelViewProps`,
 * see panel-view.ts) plus one line here.
 */
export const PANEL_VIEWS: readonly PanelView[] = [
  { id: 'today', label: 'Today', component: TodayPanelView },
  { id: 'student', label: 'This student', component: StudentPanelView },
  { id: 'caseload', label: 'Caseload', component: CaseloadPanelView, count: ({ caseload }) => caseload.students.length },
  // Loaded when first opened: they carry the chart, CSV, zip and iCalendar code the other views do not need.
  { id: 'services', label: 'Services', component: lazy(() => import('./ServicesView.tsx').then((m) => ({ default: m.ServicesPanelView }))) },
  { id: 'progress', label: 'Progress', component: lazy(() => import('./ProgressView.tsx').then((m) => ({ default: m.ProgressPanelView }))) },
  { id: 'workload', label: 'Workload', component: lazy(() => import('./WorkloadView.tsx').then((m) => ({ default: m.WorkloadPanelView }))) },
  { id: 'paper-trail', label: 'Paper trail', component: lazy(() => import('./PaperTrailView.tsx').then((m) => ({ default: m.PaperTrailPanelView }))) },
  { id: 'settings', label: 'Settings', component: lazy(() => import('./SettingsView.tsx').then((m) => ({ default: m.SettingsPanelView }))) },
  { id: 'data', label: 'Data', component: lazy(() => import('./DataView.tsx').then((m) => ({ default: m.DataPanelView }))) },
];
