import { isNameParticle } from './name-particles.js';
import { lookupKey } from './normalize.js';
import type { NamedEntityType } from './types.js';

/** What the document has said a form is: its type and the label of the entity it stands for. */
export interface KnownForm {
  type: NamedEntityType;
  canonical: string;
  /** Summed strength of the spans that typed it, per type (for document-wide agreement). */
  votes: Record<NamedEntityType, number>;
  /** The strongest span that typed it. */
  strongest: number;
}

/**
 * Every typed form of the document, keyed by its look-up key, with the document-wide majority
 * type. A person's surname alone ("Rahmon") points at the full name it was last seen with.
 */
export class KnownForms {
  private readonly forms = new Map<string, KnownForm>();
  private readonly surnames = new Map<string, string>();

  add(text: string, type: NamedEntityType, strength: number, canonical = text): void {
    const key = lookupKey(text);
    if (!key) return;
    let f = this.forms.get(key);
    if (!f) {
      f = { type, canonical, votes: { person: 0, organization: 0, location: 0 }, strongest: 0 };
      this.forms.set(key, f);
    }
    f.votes[type] += strength;
    f.strongest = Math.max(f.strongest, strength);
    f.type = (Object.keys(f.votes) as NamedEntityType[]).reduce((a, b) => (f!.votes[b] > f!.votes[a] ? b : a));
    // The longest form names the entity best; between equals, the one not in capitals ("Kabul", not a dateline's "KABUL").
    if (
      canonical.length > f.canonical.length ||
      (canonical.length === f.canonical.length && isShouted(f.canonical) && !isShouted(canonical))
    )
      f.canonical = canonical;
  }

  /** "Emomali Rahmon": later "Rahmon" alone is the same person. */
  addPerson(fullName: string, strength: number): void {
    this.add(fullName, 'person', strength);
    const words = fullName.split(/\s+/);
    if (words.length < 2) return;
    const last = words[words.length - 1] as string;
    // A surname with its particles is a short form too ("Marine Le Pen": "Le Pen", "Lula da
    // Silva": "da Silva"; "Ursula von der Leyen": "von der Leyen").
    const particle = words.findIndex((w, i) => i > 0 && i < words.length - 1 && isNameParticle(w));
    const surnames = particle > 0 ? [last, words.slice(particle).join(' ')] : [last];
    for (const surname of surnames) {
      const key = lookupKey(surname);
      if (!this.forms.has(key) || this.forms.get(key)!.type === 'person') {
        this.surnames.set(key, fullName);
        this.add(surname, 'person', strength / 2, fullName);
      }
    }
  }

  get(text: string): KnownForm | undefined {
    return this.forms.get(lookupKey(text));
  }

  canonicalOf(text: string, type: NamedEntityType): string {
    const f = this.get(text);
    if (f && f.type === type) return f.canonical;
    return text;
  }

  get size(): number {
    return this.forms.size;
  }
}

function isShouted(s: string): boolean {
  return s.length > 3 && s === s.toUpperCase() && /\p{Lu}/u.test(s);
}
