import { CaseHeader } from '../shell/case-header.js';
import { Inspector } from '../shell/inspector.js';
import { LeftRail } from '../shell/left-rail.js';
import { StatusBar } from '../shell/status-bar.js';
import { useShell } from '../shell/shell-context.js';
import { useDeskShortcuts } from '../shell/desk-actions.js';
import { ChartWorkspace } from '../chart/index.js';
import { DocumentsView } from '../documents/documents-view.js';
import { EntitiesView } from '../entities/entities-view.js';
import { EventsView } from '../events/events-view.js';
import { SearchView } from '../search/search-view.js';
import { AuditView } from '../audit/audit-view.js';
import { DuplicatesView } from '../duplicates/duplicates-view.js';
import { TimelineWorkspace } from '../timeline/index.js';

/** The case window: header, rail, the current view, the inspector and the status bar. */
export function Workspace() {
  const shell = useShell();
  const { view, client, revision, selection, select, report } = shell;
  useDeskShortcuts(shell);
  const viewProps = { client, revision, selection, select, report };
  return (
    <div className="workspace">
      <CaseHeader />
      <LeftRail />
      <main className="view" aria-label={view}>
        {view === 'documents' && <DocumentsView />}
        {view === 'entities' && <EntitiesView />}
        {view === 'chart' && (
          <div className="slot" data-slot="chart">
            <ChartWorkspace {...viewProps} />
          </div>
        )}
        {view === 'timeline' && (
          <div className="slot" data-slot="timeline">
            <TimelineWorkspace {...viewProps} />
          </div>
        )}
        {view === 'search' && <SearchView />}
        {view === 'events' && <EventsView />}
        {view === 'audit' && <AuditView />}
        {view === 'duplicates' && <DuplicatesView />}
      </main>
      <Inspector />
      <StatusBar />
    </div>
  );
}
