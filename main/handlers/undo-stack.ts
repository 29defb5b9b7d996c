import { randomUUID } from 'node:crypto';

/**
 * Undo for the operations that offer it: each gets a token the renderer shows with its toast.
 * The restore function runs in one transaction; tokens expire when the case changes.
 */
export class UndoStack {
  private readonly entries = new Map<string, { label: string; restore: () => string[] }>();
  private readonly order: string[] = [];

  constructor(private readonly limit = 50) {}

  /** `restore` puts the records back and returns the ids it touched. */
  push(label: string, restore: () => string[]): string {
    const token = randomUUID();
    this.entries.set(token, { label, restore });
    this.order.push(token);
    while (this.order.length > this.limit) this.entries.delete(this.order.shift()!);
    return token;
  }

  take(token: string): { label: string; restore: () => string[] } | null {
    const e = this.entries.get(token) ?? null;
    this.entries.delete(token);
    return e;
  }

  clear(): void {
    this.entries.clear();
    this.order.length = 0;
  }
}
