import { useState } from 'react';

/** Free-text notes, saved with a button (never on every keystroke: each save is one undo step). */
export function NotesEditor({
  notes,
  readOnly,
  onSave,
}: {
  notes: string;
  readOnly: boolean;
  onSave(notes: string): Promise<unknown>;
}) {
  const [text, setText] = useState(notes);
  const changed = text !== notes;
  return (
    <form
      className="notes"
      onSubmit={(e) => {
        e.preventDefault();
        if (changed) void onSave(text);
      }}
    >
      <textarea
        aria-label="Notes"
        rows={3}
        value={text}
        disabled={readOnly}
        placeholder="What you know, how you know it…"
        onChange={(e) => setText(e.target.value)}
      />
      {changed && (
        <div className="button-row">
          <button type="submit" className="primary">
            Save notes
          </button>
          <button type="button" onClick={() => setText(notes)}>
            Discard
          </button>
        </div>
      )}
    </form>
  );
}
