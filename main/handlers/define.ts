import type { MethodName, ParsedArgsOf, ResultOf } from '../../preload/contract.js';
import type { MethodSpec } from '../../preload/contract/define.js';
import type { HandlerContext } from './context.js';

/** The implementation of one contract method. `args` has already passed the method's schema. */
export type HandlerFn<M extends MethodName> = (
  args: ParsedArgsOf<M>,
  ctx: HandlerContext,
) => ResultOf<M> | Promise<ResultOf<M>>;

/** A domain's handlers: exactly one per method the domain declares. */
export type DomainHandlers<D extends Record<string, MethodSpec>> = { [M in keyof D & MethodName]: HandlerFn<M> };

/** Every method of the contract, each with its handler. */
export type AllHandlers = { [M in MethodName]: HandlerFn<M> };
