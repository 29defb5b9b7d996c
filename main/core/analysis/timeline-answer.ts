import type { TimelineWindow } from '../../../preload/contract/chart.js';
import type { ReadableCase } from '../store/case-store.js';
import { hasKeptTimelineSource, keptTimelineSource } from './timeline-events.js';
import { isOpeningRequest, openingWindow } from './timeline-opening.js';
import { timelineWindow, type WindowRequest } from './timeline-window.js';

/** After the opening answer, how long the full source waits: the tab draws first. */
const WARM_AFTER_MS = 500;

/**
 * `chart:timeline-window`: the opening window from dates and counts (`openingWindow`) while the
 * case's full timeline source is not kept, every other window from that source. The source is
 * then built a moment after the opening answer, so the first zoom or pan does not wait for it.
 */
export function timelineWindowOf(store: ReadableCase, req: WindowRequest): TimelineWindow {
  const options = { knownFrom: !!req.asOf, citing: req.lanes === 'document' };
  if (isOpeningRequest(req) && !hasKeptTimelineSource(store, options)) {
    const opening = openingWindow(store, req);
    if (opening) {
      setTimeout(() => {
        // Only a cache: if the case was closed or changed meanwhile, the next call reads it again.
        try {
          keptTimelineSource(store, options);
        } catch {
          /* the next window reads the source itself, and reports what fails */
        }
      }, WARM_AFTER_MS).unref();
      return opening;
    }
  }
  return timelineWindow(keptTimelineSource(store, options), req);
}
