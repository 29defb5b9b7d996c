import { z } from 'zod';

/**
 * Dragging an entity (from the entities table or the inspector) onto the chart: the payload
 * travels as JSON under a type of its own, so nothing else (files, text) is mistaken for it.
 */
export const ENTITY_DRAG_TYPE = 'application/x-dossier-entity';

const payloadSchema = z.object({ id: z.string().uuid(), label: z.string(), type: z.string() }).strict();
export type EntityDragPayload = z.infer<typeof payloadSchema>;

interface DragLike {
  dataTransfer: DataTransfer;
}

export function startEntityDrag(e: DragLike, payload: EntityDragPayload): void {
  e.dataTransfer.setData(ENTITY_DRAG_TYPE, JSON.stringify(payload));
  e.dataTransfer.setData('text/plain', payload.label);
  e.dataTransfer.effectAllowed = 'copy';
}

/** During dragover the data cannot be read, only its types. */
export function isEntityDrag(e: DragLike): boolean {
  return [...e.dataTransfer.types].includes(ENTITY_DRAG_TYPE);
}

/** The dropped entity, or null when the drop is something else or malformed. */
export function readEntityDrag(e: DragLike): EntityDragPayload | null {
  const raw = e.dataTransfer.getData(ENTITY_DRAG_TYPE);
  if (!raw) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
