import { resolve } from 'node:path';
import type { CaseSummary } from '../../preload/contract.js';
import { DossierError } from '../core/errors.js';
import { CaseStore } from '../core/store/case-store.js';
import type { Tlp } from '../core/store/records.js';

/**
 * The one case a window (or the browser host) has open. Opening another closes this one first,
 * but only after the new one opened: a refused open leaves the current case as it was.
 */
export class CaseSession {
  private store: CaseStore | null = null;
  private sample = false;

  /**
   * @param openedForWriting called each time a case opens (or is created) writable, so import
   *   workers can start before the analyst's first import instead of during it.
   */
  constructor(
    private readonly samplePath: string,
    private readonly openedForWriting: () => void = () => {},
  ) {}

  get isOpen(): boolean {
    return this.store !== null;
  }

  open(path: string, readOnly = false): CaseStore {
    const full = resolve(path);
    if (this.store && this.store.path === full && this.store.readOnly === readOnly) return this.store;
    if (this.store && this.store.path === full) this.close();
    // The app opens a case on read-only media for reading (the header says so) rather than refusing it.
    const next = CaseStore.open(full, { readOnly, readOnlyIfUnwritable: true });
    this.replace(next);
    return next;
  }

  create(path: string, init: { title: string; tlp: Tlp }): CaseStore {
    const next = CaseStore.create(resolve(path), init);
    this.replace(next);
    return next;
  }

  close(): void {
    this.store?.close();
    this.store = null;
    this.sample = false;
  }

  /** The open case for reading; a clear refusal on the start screen. */
  require(): CaseStore {
    if (!this.store) throw new DossierError('not-found', 'no case is open: open or create a case first');
    return this.store;
  }

  requireWritable(): CaseStore {
    const s = this.require();
    if (s.readOnly) {
      const why = s.readOnlyReason
        ? ` because ${s.readOnlyReason}; copy it to a writable folder to edit it`
        : ': reopen it for editing';
      throw new DossierError('case-read-only', `${s.path} is open read-only${why}`);
    }
    return s;
  }

  summary(): CaseSummary | null {
    const s = this.store;
    if (!s) return null;
    const meta = s.meta();
    return {
      id: meta.id,
      path: s.path,
      title: meta.title,
      description: meta.description,
      tlp: meta.tlp,
      readOnly: s.readOnly,
      ...(s.readOnlyReason ? { readOnlyReason: s.readOnlyReason } : {}),
      isSample: this.sample,
      modifiedAt: meta.modifiedAt,
      counts: {
        documents: s.count('document'),
        entities: s.count('entity'),
        links: s.count('link'),
        events: s.count('event'),
        mentions: s.count('mention'),
      },
    };
  }

  private replace(next: CaseStore): void {
    this.store?.close();
    this.store = next;
    this.sample = next.path === resolve(this.samplePath);
    if (!next.readOnly) this.openedForWriting();
  }
}
