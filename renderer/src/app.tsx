import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppInfo, CaseSummary, JobStatus, MenuCommand } from '../../preload/contract.js';
import type { DossierClient } from './api/client.js';
import { ExportDialog } from './bundle/export-dialog.js';
import { ImportBundleDialog } from './bundle/import-bundle-dialog.js';
import { ImportDialog } from './import/import-dialog.js';
import { CaseDialogs, type CaseDialog } from './start/case-dialogs.js';
import { StartScreen } from './start/start-screen.js';
import { CommandPalette } from './shell/command-palette.js';
import { isTyping, useShortcuts } from './shell/shortcuts.js';
import { ShellContext, type Selection, type Shell, type ToastInput, type ViewName } from './shell/shell-context.js';
import { Toasts, type Toast } from './shell/toasts.js';
import { ActionRegistry, useActionHandler } from './shell/shell-actions.js';
import { historyLabel, useHistory } from './shell/use-history.js';
import { Workspace } from './workspace/workspace.js';

export function App({ client }: { client: DossierClient }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [summary, setSummary] = useState<CaseSummary | null>(null);
  const [ready, setReady] = useState(false);
  const [revision, setRevision] = useState(0);
  const [lastWrite, setLastWrite] = useState<Date | null>(null);
  const [view, setView] = useState<ViewName>('documents');
  const [selection, select] = useState<Selection | null>(null);
  const [jobs, setJobs] = useState<JobStatus[]>([]);
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [importFiles, setImportFiles] = useState<File[] | null>(null);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [dialog, setDialog] = useState<CaseDialog | null>(null);
  const [exchange, setExchange] = useState<{ kind: 'export' } | { kind: 'import'; path: string } | null>(null);
  const toastSeq = useRef(0);

  const toast = useCallback((t: ToastInput) => {
    const id = ++toastSeq.current;
    setToasts((list) => [...list.slice(-3), { ...t, id }]);
    setTimeout(
      () => setToasts((list) => list.filter((x) => x.id !== id)),
      t.undo ? 10_000 : t.tone === 'error' ? 12_000 : 5_000,
    );
  }, []);
  const report = useCallback(
    (e: unknown) => toast({ message: e instanceof Error ? e.message : String(e), tone: 'error' }),
    [toast],
  );

  useEffect(() => {
    client.call('app:info').then(setInfo, report);
    client.call('case:current').then(
      (s) => {
        setSummary(s);
        setReady(true);
      },
      (e: unknown) => {
        report(e);
        setReady(true);
      },
    );
    client.call('jobs:list').then(setJobs, report);
    const offCase = client.on('case:changed', ({ summary: s, kinds }) => {
      if (kinds.length) setLastWrite(new Date());
      setSummary((prev) => {
        if (!s || prev?.id !== s.id) select(null);
        return s;
      });
      setRevision((r) => r + 1);
    });
    const offJobs = client.on('job:progress', (job) =>
      setJobs((list) => [...list.filter((j) => j.jobId !== job.jobId), job]),
    );
    return () => {
      offCase();
      offJobs();
    };
  }, [client, report]);

  const history = useHistory(client, summary, revision, toast, report);
  const [actions] = useState(() => new ActionRegistry());
  const shell: Shell = useMemo(
    () => ({
      client,
      info,
      summary,
      revision,
      lastWrite,
      view,
      setView,
      selection,
      select,
      jobs,
      toast,
      report,
      openImport: (files?: File[]) => setImportFiles(files ?? []),
      openPalette: () => setPaletteOpen(true),
      history,
      actions,
    }),
    [client, info, summary, revision, lastWrite, view, selection, jobs, toast, report, history, actions],
  );

  // Ctrl+Z undoes the case's latest operation (whatever toast is up: the journal decides).
  const undoLast = useCallback(() => {
    setToasts((l) => l.filter((t) => !t.undo));
    void history.undo();
  }, [history]);
  const redoLast = useCallback(() => void history.redo(), [history]);
  useActionHandler(
    actions,
    'undo',
    summary && history.state?.undo
      ? { label: historyLabel('Undo', history.state.undo), hint: 'Ctrl Z', run: undoLast }
      : null,
  );
  useActionHandler(
    actions,
    'redo',
    summary && history.state?.redo
      ? { label: historyLabel('Redo', history.state.redo), hint: 'Ctrl Shift Z', run: redoLast }
      : null,
  );
  // The native Edit › Undo/Redo: text editing inside a field, the case's journal otherwise.
  const undoFromMenu = useCallback(() => {
    if (isTyping(document.activeElement)) document.execCommand('undo');
    else undoLast();
  }, [undoLast]);
  const redoFromMenu = useCallback(() => {
    if (isTyping(document.activeElement)) document.execCommand('redo');
    else redoLast();
  }, [redoLast]);

  const runCommand = useCallback(
    (cmd: MenuCommand) => {
      switch (cmd.command) {
        case 'new-case':
          return setDialog({ kind: 'new' });
        case 'open-case':
          return setDialog({ kind: 'open' });
        case 'open-path':
          return void client.call('case:open', { path: cmd.path }).catch(report);
        case 'import-documents':
          return summary ? setImportFiles([]) : undefined;
        case 'close-case':
          return void client.call('case:close').catch(report);
        case 'command-palette':
          return setPaletteOpen(true);
        case 'find':
          return setView('search');
        case 'about':
          return setDialog({ kind: 'about' });
        case 'undo':
          return undoFromMenu();
        case 'redo':
          return redoFromMenu();
        case 'export':
          return summary ? setExchange({ kind: 'export' }) : undefined;
        case 'import-bundle':
          return summary
            ? setExchange({ kind: 'import', path: '' })
            : toast({ message: 'Open or create a case first: a bundle is merged into the open case.' });
        case 'open-bundle':
          return summary
            ? setExchange({ kind: 'import', path: cmd.path })
            : toast({ message: `Open or create a case first, then import ${cmd.path}.` });
        default:
          return undefined;
      }
    },
    [client, report, summary, toast, undoFromMenu, redoFromMenu],
  );
  useEffect(() => client.on('menu:command', runCommand), [client, runCommand]);
  useShortcuts({ shell, runCommand, undoLast, redoLast });

  // Files dropped anywhere on an open case go to the import dialog.
  const onDrop = (e: React.DragEvent) => {
    if (!summary || !e.dataTransfer.files.length) return;
    e.preventDefault();
    setImportFiles([...e.dataTransfer.files]);
  };

  return (
    <ShellContext.Provider value={shell}>
      <div className="app" onDragOver={(e) => summary && e.preventDefault()} onDrop={onDrop}>
        {!ready ? null : summary ? <Workspace /> : <StartScreen onDialog={setDialog} />}
      </div>
      {importFiles && summary && <ImportDialog initialFiles={importFiles} onClose={() => setImportFiles(null)} />}
      {paletteOpen && <CommandPalette onClose={() => setPaletteOpen(false)} runCommand={runCommand} />}
      {dialog && <CaseDialogs dialog={dialog} onClose={() => setDialog(null)} />}
      {exchange?.kind === 'export' && summary && <ExportDialog onClose={() => setExchange(null)} />}
      {exchange?.kind === 'import' && summary && (
        <ImportBundleDialog initialPath={exchange.path} onClose={() => setExchange(null)} />
      )}
      <Toasts toasts={toasts} onDismiss={(id) => setToasts((l) => l.filter((t) => t.id !== id))} />
    </ShellContext.Provider>
  );
}
