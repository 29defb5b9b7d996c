import { useCallback, useMemo, useRef, useState } from 'react';
import type { ReaderMention } from '../../../preload/contract.js';

/** Characters per request: a screenful of text is a few thousand, so one or two chunks cover it. */
export const MENTION_CHUNK = 32_768;

export interface RangeMentions {
  /** The loaded mentions overlapping [start, end), in text order (longer first where two start together). */
  within(start: number, end: number): ReaderMention[];
  /** True when every chunk covering [start, end) has arrived (possibly stale until its reload). */
  loaded(start: number, end: number): boolean;
  /** Loads the chunks covering [start, end) that are missing or older than the case's revision. */
  request(start: number, end: number): void;
}

interface Chunk {
  revision: number;
  list: ReaderMention[];
}

/** The chunk numbers covering [start, end) (at least the one holding `start`). */
function chunksOf(start: number, end: number): number[] {
  const out: number[] = [];
  for (let k = Math.floor(start / MENTION_CHUNK); k * MENTION_CHUNK < Math.max(end, start + 1); k++) out.push(k);
  return out;
}

/**
 * A long document's mentions, loaded a chunk of text at a time as the reader scrolls. When the
 * case changes (`revision`), chunks are kept and reloaded on the next request, so highlights
 * do not flash away after an accept.
 */
export function useRangeMentions(
  load: (start: number, end: number) => Promise<ReaderMention[]>,
  revision: number,
): RangeMentions {
  const [chunks, setChunks] = useState<ReadonlyMap<number, Chunk>>(() => new Map());
  // Chunk number → the revision being fetched for it; touched only from effects and callbacks.
  const pending = useRef(new Map<number, number>());

  const request = useCallback(
    (start: number, end: number) => {
      for (const k of chunksOf(start, end)) {
        if (pending.current.get(k) === revision || chunks.get(k)?.revision === revision) continue;
        pending.current.set(k, revision);
        load(k * MENTION_CHUNK, (k + 1) * MENTION_CHUNK).then(
          (list) => {
            if (pending.current.get(k) === revision) pending.current.delete(k);
            setChunks((prev) => {
              if ((prev.get(k)?.revision ?? -1) > revision) return prev;
              return new Map(prev).set(k, { revision, list });
            });
          },
          () => pending.current.delete(k),
        );
      }
    },
    [chunks, load, revision],
  );

  return useMemo(
    () => ({
      request,
      loaded: (start, end) => chunksOf(start, end).every((k) => chunks.has(k)),
      within: (start, end) => {
        const seen = new Set<string>();
        const out: ReaderMention[] = [];
        for (const k of chunksOf(start, end))
          for (const m of chunks.get(k)?.list ?? [])
            if (m.end > start && m.start < end && !seen.has(m.id)) {
              seen.add(m.id);
              out.push(m);
            }
        return out.sort((a, b) => a.start - b.start || b.end - a.end);
      },
    }),
    [chunks, request],
  );
}
