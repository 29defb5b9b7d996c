import type { z } from 'zod';

/**
 * One method of the contract: the zod schema its argument must pass and, as a type only, the
 * value it resolves to. `result` is never read at run time; it carries the type to both sides.
 */
export interface MethodSpec<A extends z.ZodTypeAny = z.ZodTypeAny, R = unknown> {
  readonly args: A;
  readonly result: R;
}

/** Declares a method: `method(z.object({...}).strict(), returns<Result>())`. */
export function method<A extends z.ZodTypeAny, R>(args: A, _result: R): MethodSpec<A, R> {
  return { args, result: undefined as R };
}

/** A type-only marker for a method's result, so the schema and the result type sit together. */
export function returns<R>(): R {
  return undefined as R;
}

/** One event main pushes to the renderer, with its payload type. */
export interface EventSpec<P = unknown> {
  readonly payload: P;
}

export function event<P>(): EventSpec<P> {
  return { payload: undefined as P };
}
