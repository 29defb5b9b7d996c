import { v7 as uuidv7, validate, version } from 'uuid';

/** A new record id: UUIDv7, so ids sort by creation time and merge deterministically. */
export function newId(): string {
  return uuidv7();
}

/** True when `value` is a well-formed UUIDv7 (the only id shape a case or bundle accepts). */
export function isRecordId(value: unknown): value is string {
  return typeof value === 'string' && validate(value) && version(value) === 7;
}

/** Current time as an ISO-8601 UTC string with milliseconds; the one timestamp format of a case. */
export function nowIso(): string {
  return new Date().toISOString();
}
