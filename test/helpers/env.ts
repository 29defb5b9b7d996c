/**
 * Puts an environment variable back as it was. An unset one is deleted: assigning `undefined`
 * stores the string "undefined", and unit test files share one process (vitest.config.ts).
 */
export function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
