import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, methodNames } from '../../../preload/contract.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { makeRuntime } from '../runtime-fixture.js';

const tempDir = useTempDir('dossier-fuzz-contract-');
let runtime: ReturnType<typeof makeRuntime>;
beforeAll(async () => {
  runtime = makeRuntime(tempDir());
  await runtime.call('case:create', { title: 'Fuzzed' });
});
afterAll(() => runtime?.shutdown());

// Methods whose valid calls leave the case or start long work: fuzzed too, but the case is
// reopened after each, so the next method still has one to work on.
const SEED = 20261203;
const RUNS_PER_METHOD = Number(process.env.DOSSIER_FUZZ_RUNS ?? 25);

/** The field names a method's schema knows, so values are fuzzed field by field and not only whole. */
function fieldsOf(schema: z.ZodTypeAny): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function argumentsFor(schema: z.ZodTypeAny): fc.Arbitrary<unknown> {
  const fields = fieldsOf(schema);
  const value = fc.oneof(
    fc.anything({ maxDepth: 2 }),
    fc.string({ maxLength: 300 }),
    fc.integer(),
    fc.double(),
    fc.constant(null),
    fc.array(fc.string(), { maxLength: 5 }),
  );
  const byField = fields.length
    ? fc.record(Object.fromEntries(fields.map((f) => [f, value])), { requiredKeys: [] })
    : fc.constant({});
  return fc.oneof(byField, fc.anything({ maxDepth: 3 }), fc.constant(undefined));
}

describe("the contract's argument validation under fuzzing", () => {
  it('answers every call with a reply envelope, never an unexpected failure', async () => {
    const internal: string[] = [];
    for (const method of methodNames) {
      await fc.assert(
        fc.asyncProperty(argumentsFor(contract[method].args as z.ZodTypeAny), async (args) => {
          const reply = await runtime.dispatch(method, args);
          expect(typeof reply.ok).toBe('boolean');
          if (!reply.ok) {
            expect(typeof reply.error.code).toBe('string');
            expect(reply.error.message.length).toBeGreaterThan(0);
            if (reply.error.code === 'internal')
              internal.push(`${method} ${JSON.stringify(args)?.slice(0, 200)}: ${reply.error.message}`);
          }
          if (!runtime.ctx.session.isOpen) await runtime.call('case:create', { title: `Fuzzed again ${Date.now()}` });
        }),
        { seed: SEED, numRuns: RUNS_PER_METHOD },
      );
    }
    expect(internal).toEqual([]);
    // Wait for any job a valid fuzzed call started, so the temp folder can go.
    for (const j of runtime.ctx.jobs.list()) if (j.state === 'running') runtime.ctx.jobs.cancel(j.jobId);
  }, 120_000);

  it('refuses an unknown method and a prototype-polluting name', async () => {
    for (const name of ['nope', '__proto__', 'constructor', 'toString', '']) {
      const reply = await runtime.dispatch(name, {});
      expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    }
  });
});
