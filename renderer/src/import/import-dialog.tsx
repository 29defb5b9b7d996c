import { useRef, useState } from 'react';
import { Modal } from '../common/modal.js';
import { plural } from '../common/format.js';
import { useShell } from '../shell/shell-context.js';
import { filesToUploads } from './read-files.js';

/**
 * Choose or drop files, watch them import one by one, then read the summary: what was added
 * (with how many entities each brought) and what was skipped and why.
 */
export function ImportDialog({ initialFiles, onClose }: { initialFiles: File[]; onClose: () => void }) {
  const shell = useShell();
  const [files, setFiles] = useState<File[]>(initialFiles);
  const [paths, setPaths] = useState<string[]>([]);
  const [jobId, setJobId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const job = shell.jobs.find((j) => j.jobId === jobId) ?? null;
  const names = paths.length ? paths.map((p) => p.split(/[\\/]/).at(-1)!) : files.map((f) => f.name);

  const start = async () => {
    setStarting(true);
    try {
      const started = paths.length
        ? await shell.client.call('documents:import', { paths })
        : await shell.client.call('documents:import-upload', { files: await filesToUploads(files) });
      setJobId(started.jobId);
    } catch (e) {
      shell.report(e);
    } finally {
      setStarting(false);
    }
  };
  const pickNative = async () => {
    const picked = await shell.client.call('app:pick-files', { purpose: 'import-documents' }).catch(shell.report);
    if (picked?.length) {
      setPaths(picked);
      setFiles([]);
    }
  };

  const done = job && job.state !== 'running';
  const pct = job?.total ? Math.round((job.done / job.total) * 100) : 0;
  return (
    <Modal
      title="Import documents"
      wide
      onClose={onClose}
      onSubmit={done ? onClose : jobId ? undefined : start}
      submitLabel={done ? 'Close' : starting ? 'Reading files…' : `Import ${plural(names.length, 'file')}`}
      canSubmit={done ? true : !starting && names.length > 0}
      footer={
        job?.state === 'running' ? (
          <button
            type="button"
            onClick={() => shell.client.call('jobs:cancel', { jobId: job.jobId }).catch(shell.report)}
          >
            Cancel import
          </button>
        ) : undefined
      }
    >
      {!jobId && (
        <div
          className={`drop-zone${dragging ? ' dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            e.stopPropagation();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            e.stopPropagation();
            setDragging(false);
            const dropped = [...e.dataTransfer.files];
            setPaths([]);
            setFiles((f) => [...f, ...dropped]);
          }}
        >
          <p>
            <strong>Drop files here</strong> or
          </p>
          <p className="button-row center">
            <button type="button" onClick={() => input.current?.click()}>
              Choose files…
            </button>
            {shell.info?.nativeDialogs && (
              <button type="button" onClick={pickNative}>
                Choose from disk…
              </button>
            )}
          </p>
          <input
            ref={input}
            type="file"
            multiple
            hidden
            data-testid="import-input"
            onChange={(e) => {
              // Copied before the input is cleared: the state update runs later and would see an empty list.
              const picked = [...(e.target.files ?? [])];
              e.target.value = '';
              setPaths([]);
              setFiles((f) => [...f, ...picked]);
            }}
          />
          <p className="muted small">
            Text, Markdown, HTML, e-mail (.eml), PDF, Word and CSV. Duplicates are recognised and skipped.
          </p>
        </div>
      )}
      {job && (
        <div className="import-progress" data-testid="import-progress" data-state={job.state}>
          <div className="progress-line">
            <span>
              {job.state === 'running'
                ? `Importing ${job.done} of ${job.total}…`
                : job.state === 'done'
                  ? 'Import finished'
                  : job.state === 'cancelled'
                    ? 'Import cancelled'
                    : `Import failed: ${job.error}`}
            </span>
            <progress max={100} value={job.state === 'done' ? 100 : pct} />
            <span className="muted">{job.state === 'done' ? 100 : pct}%</span>
          </div>
          {done && (
            <p className="import-summary">
              {plural(job.files.length, 'document')} added,{' '}
              {plural(
                job.files.reduce((n, f) => n + f.entities, 0),
                'entity',
                'entities',
              )}{' '}
              found
              {job.skipped.length ? `, ${job.skipped.length} skipped` : ''}.
            </p>
          )}
        </div>
      )}
      <ul className="file-list" aria-label="Files">
        {names.map((name, i) => {
          const ok = job?.files.find((f) => f.name === name || f.name.endsWith(`/${name}`));
          const skip = job?.skipped.find((s) => s.name === name || s.name.endsWith(`/${name}`));
          const state = ok
            ? 'done'
            : skip
              ? 'skipped'
              : job?.currentItem?.endsWith(name)
                ? 'reading'
                : job && i < job.done
                  ? 'done'
                  : job
                    ? 'waiting'
                    : 'ready';
          return (
            <li key={`${name}-${i}`} className={`file file-${state}`}>
              <span className="file-name">{name}</span>
              <span className="file-state">
                {ok
                  ? `added · ${plural(ok.entities, 'entity', 'entities')}`
                  : skip
                    ? `skipped: ${skip.reason}`
                    : state === 'reading'
                      ? 'reading…'
                      : state === 'waiting'
                        ? 'waiting'
                        : ''}
              </span>
              {!jobId && (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove ${name}`}
                  onClick={() => setFiles((f) => f.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </Modal>
  );
}
