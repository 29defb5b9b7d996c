import { CaseHeader } from '../shell/case-header.js';
import { Inspector } from '../shell/inspector.js';
import { LeftRail } from '../shell/left-rail.js';
import { StatusBar } from '../shell/status-bar.js';
import { useShell } from '../shell/shell-context.js';
import { DocumentsView } from '../documents/documents-view.js';
import { EntitiesView } from '../entities/entities-view.js';
import { SearchView } from '../search/search-view.js';
import { ChartSlot, TimelineSlot } from './slots.js';

/** The case window: header, rail, the current view, the inspector and the status bar. */
export function Workspace() {
  const { view } = useShell();
  return (
    <div className="workspace">
      <CaseHeader />
      <LeftRail />
      <main className="view" aria-label={view}>
        {view === 'documents' && <DocumentsView />}
        {view === 'entities' && <EntitiesView />}
        {view === 'chart' && <ChartSlot />}
        {view === 'timeline' && <TimelineSlot />}
        {view === 'search' && <SearchView />}
      </main>
      <Inspector />
      <StatusBar />
    </div>
  );
}
