import { useCallback, useState } from 'react';

/**
 * The label of the work under way (null when idle) and a runner that sets it, reports a failure
 * through `report`, and clears it again — so buttons can be disabled and say what is happening.
 */
export function useBusy(
  report: (error: unknown) => void,
): [string | null, (label: string, fn: () => Promise<unknown>) => Promise<void>] {
  const [busy, setBusy] = useState<string | null>(null);
  const run = useCallback(
    async (label: string, fn: () => Promise<unknown>) => {
      setBusy(label);
      try {
        await fn();
      } catch (e) {
        report(e);
      } finally {
        setBusy(null);
      }
    },
    [report],
  );
  return [busy, run];
}
