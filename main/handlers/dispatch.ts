import type { ZodError } from 'zod';
import { contract, isMethodName, type Reply } from '../../preload/contract.js';
import { DossierError, messageOf } from '../core/errors.js';
import type { HandlerContext } from './context.js';
import type { AllHandlers } from './define.js';

export type Dispatch = (method: string, args: unknown) => Promise<Reply<unknown>>;

/**
 * The one door into main: checks the method exists, validates the argument against the
 * method's schema before anything runs (so a refused call changes nothing), and turns every
 * failure into `{ code, message }` — never a stack trace.
 */
export function createDispatch(
  handlers: AllHandlers,
  ctx: HandlerContext,
  log: (line: string) => void = () => {},
): Dispatch {
  return async (method, raw) => {
    if (!isMethodName(method))
      return refuse('unknown-method', `"${String(method).slice(0, 80)}" is not a Dossier method`);
    const parsed = contract[method].args.safeParse(raw ?? {});
    if (!parsed.success) return refuse('invalid-argument', `${method}: ${describe(parsed.error)}`);
    try {
      const handler = handlers[method] as (args: unknown, c: HandlerContext) => unknown;
      const value = await handler(parsed.data, ctx);
      return { ok: true, value: value ?? null };
    } catch (e) {
      if (e instanceof DossierError) return refuse(e.code, e.message);
      log(`${method} failed: ${e instanceof Error && e.stack ? e.stack : messageOf(e)}`);
      return refuse('internal', `${method} failed unexpectedly: ${messageOf(e)}`);
    }
  };
}

function refuse(code: string, message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}

/** The first few schema problems as one line: "paths.0: Expected string, received number". */
function describe(error: ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}
