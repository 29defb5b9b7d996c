import { useEffect, useRef } from 'react';

/**
 * Actions the command palette (and later menus) can run, as typed values rather than label
 * strings. A view or dialog that can carry one out registers a handler while it can (the
 * entities view offers "merge selected" while two or more are ticked; the entity editor offers
 * "new entity"); the palette lists exactly the actions that have a handler.
 */
export type ShellAction =
  | { action: 'merge-selected' }
  | { action: 'new-entity' }
  | { action: 'new-event' }
  | { action: 'new-link' }
  | { action: 'grade'; reliability?: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' }
  | { action: 'undo' }
  | { action: 'redo' };

export type ShellActionKind = ShellAction['action'];
export type ActionOf<K extends ShellActionKind> = Extract<ShellAction, { action: K }>;

/** A registered handler: what it is called in the palette right now, and how to run it. */
export interface ActionHandler<K extends ShellActionKind> {
  label: string;
  hint?: string | undefined;
  run(action: ActionOf<K>): void;
}

interface Registered {
  label: string;
  hint?: string | undefined;
  run(action: ShellAction): void;
}

/** Holds the handlers; the palette reads `available()`, anyone may `dispatch`. */
export class ActionRegistry {
  private readonly handlers = new Map<ShellActionKind, Registered[]>();
  private pending: { action: ShellAction; until: number } | null = null;

  register<K extends ShellActionKind>(kind: K, handler: ActionHandler<K>): () => void {
    // Only actions of this kind are ever routed here (dispatch looks the kind up).
    const entry: Registered = { label: handler.label, hint: handler.hint, run: (a) => handler.run(a as ActionOf<K>) };
    this.handlers.set(kind, [...(this.handlers.get(kind) ?? []), entry]);
    const waiting = this.pending;
    if (waiting && waiting.action.action === kind && waiting.until > Date.now()) {
      this.pending = null;
      // After the registering view's effects have run, so its form can open.
      setTimeout(() => entry.run(waiting.action), 0);
    }
    return () =>
      this.handlers.set(
        kind,
        (this.handlers.get(kind) ?? []).filter((h) => h !== entry),
      );
  }

  /** The newest handler of each kind (the view registered last is the one in front). */
  available(): { kind: ShellActionKind; label: string; hint?: string | undefined }[] {
    return [...this.handlers].flatMap(([kind, list]) => {
      const h = list.at(-1);
      return h ? [{ kind, label: h.label, hint: h.hint }] : [];
    });
  }

  /**
   * Runs the action, or keeps it for the next handler of its kind registered within a few
   * seconds (the palette or a shortcut switches to the view that owns it, which then runs it).
   */
  dispatchOrQueue(action: ShellAction): boolean {
    if (this.dispatch(action)) return true;
    this.pending = { action, until: Date.now() + 3_000 };
    return false;
  }

  /** Runs the action; false when nothing can carry it out here. */
  dispatch(action: ShellAction): boolean {
    const handler = this.handlers.get(action.action)?.at(-1);
    if (!handler) return false;
    handler.run(action);
    return true;
  }
}

/** Registers `handler` for `kind` while the component is mounted and `handler` is not null. */
export function useActionHandler<K extends ShellActionKind>(
  registry: ActionRegistry,
  kind: K,
  handler: ActionHandler<K> | null,
): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  const present = handler !== null;
  const label = handler?.label ?? '';
  const hint = handler?.hint;
  useEffect(() => {
    if (!present) return;
    return registry.register(kind, { label, hint, run: (a) => latest.current?.run(a) });
  }, [registry, kind, present, label, hint]);
}
