/** One schema step. `up` is SQL run in one transaction; `version` is the resulting PRAGMA user_version. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: string;
}
