/**
 * The one contract between Dossier's main side and its renderer. Every method the renderer may
 * call and every event main may push is declared in a domain file under `contract/` and
 * combined here; main implements it (`main/handlers/`), the renderer calls it, nothing else
 * speaks IPC. To add a domain, see preload/README.md.
 */
import type { z } from 'zod';
import { appMethods } from './contract/app.js';
import { auditMethods } from './contract/audit.js';
import { bundleMethods } from './contract/bundle.js';
import { caseMethods } from './contract/case.js';
import { chartMethods } from './contract/chart.js';
import type { Reply } from './contract/common.js';
import type { EventSpec, MethodSpec } from './contract/define.js';
import { documentMethods } from './contract/documents.js';
import { documentEditMethods } from './contract/documents-edit.js';
import { documentReaderMethods } from './contract/documents-reader.js';
import { duplicateMethods } from './contract/duplicates.js';
import { entityMethods } from './contract/entities.js';
import { entityEditMethods } from './contract/entity-edit.js';
import { eventEditMethods } from './contract/events-edit.js';
import { linkMethods } from './contract/links.js';
import { events } from './contract/events.js';
import { historyMethods } from './contract/history.js';
import { jobMethods } from './contract/jobs.js';
import { searchMethods } from './contract/search.js';

// One line per domain.
export const contract = {
  ...appMethods,
  ...auditMethods,
  ...bundleMethods,
  ...caseMethods,
  ...chartMethods,
  ...documentMethods,
  ...documentEditMethods,
  ...documentReaderMethods,
  ...duplicateMethods,
  ...entityEditMethods,
  ...entityMethods,
  ...eventEditMethods,
  ...historyMethods,
  ...linkMethods,
  ...jobMethods,
  ...searchMethods,
} satisfies Record<string, MethodSpec>;

export { events };

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What the caller passes (defaults may be left out). */
export type ArgsOf<M extends MethodName> = z.input<Contract[M]['args']>;
/** What the handler receives after validation (defaults filled in). */
export type ParsedArgsOf<M extends MethodName> = z.output<Contract[M]['args']>;
export type ResultOf<M extends MethodName> = Contract[M]['result'];

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = Events[E] extends EventSpec<infer P> ? P : never;

export const methodNames = Object.keys(contract) as MethodName[];
export const eventNames = Object.keys(events) as EventName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(events, value);
}

/**
 * What `window.dossier` is (Electron preload) and what the HTTP client implements: one function
 * per contract method, resolving to the reply envelope, plus event subscription.
 */
export type DossierBridge = {
  [M in MethodName]: (args: ArgsOf<M>) => Promise<Reply<ResultOf<M>>>;
} & {
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
};

export type { Reply, ContractErrorShape } from './contract/common.js';
export type { AppInfo, RecentCase } from './contract/app.js';
export type { CaseSummary } from './contract/case.js';
export type {
  BundleSignatureInfo,
  BundleVerification,
  ExchangeFormat,
  ExportResult,
  ImportResult,
  SigningKeyInfo,
} from './contract/bundle.js';
export type {
  ChartCandidate,
  ChartCitation,
  ChartData,
  ChartEdge,
  ChartNode,
  ChartPlacement,
  ChartSummary,
  ChartViewport,
  CitationChoice,
  TimelineData,
} from './contract/chart.js';
export type { DocumentRow, DocumentDetail, ReaderMention, StartedJob } from './contract/documents.js';
export type {
  EntityRow,
  EntityDetail,
  EntityLink,
  EntityChange,
  EventDetail,
  LinkDetail,
} from './contract/entities.js';
export type { AuditDetail, AuditRecordChange, AuditRow } from './contract/audit.js';
export type { DuplicateCandidate, DuplicateKind, DuplicateSide } from './contract/duplicates.js';
export type { HistoryChange, HistoryState, HistoryStep } from './contract/history.js';
export type { JobStatus, JobState, JobSkippedFile, JobFileResult } from './contract/jobs.js';
export type { SearchResults } from './contract/search.js';
export type { DeskChange } from './contract/entity-edit.js';
export type { LinkEditable } from './contract/links.js';
export type { EventEditable, EventRow } from './contract/events-edit.js';
export type { OriginalFile } from './contract/documents-edit.js';
export type { MenuCommand } from './contract/events.js';
export { SNIPPET_OPEN, SNIPPET_CLOSE } from './contract/search.js';
