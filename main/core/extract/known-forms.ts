import { isNameParticle } from './name-particles.js';
import { lookupKey } from './normalize.js';
import { isHyphenatedGivenName } from './runs.js';
import type { NamedEntityType } from './types.js';

/** What the document has said a form is: its type and the label of the entity it stands for. */
export interface KnownForm {
  type: NamedEntityType;
  /** The label of the entity the form stands for, per type it was given ("Lai": the place Lai, or Lai Ching-te). */
  canonical: Partial<Record<NamedEntityType, string>>;
  /** Summed strength of the spans that typed it, per type (for document-wide agreement). */
  votes: Record<NamedEntityType, number>;
  /** The strongest span that typed it. */
  strongest: number;
}

/** A generation's mark after a person's name. */
const GENERATION = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/**
 * The forms of a person's full name that stand for it alone: the last word, with its particles
 * too ("Marine Le Pen": "Le Pen", "Lula da Silva": "da Silva"), or the first, where a family name
 * comes first ("Lai Ching-te": "Lai"). None for a name of one word.
 */
export function familyNames(fullName: string): string[] {
  // "Ferdinand Marcos Jr.", "Faustino Dy III": a generation's mark follows the family name.
  const words = fullName.split(/\s+/);
  if (words.length >= 3 && GENERATION.test(words[words.length - 1]!)) words.pop();
  if (words.length < 2) return [];
  const last = words[words.length - 1] as string;
  if (words.length === 2 && isHyphenatedGivenName(last)) return [words[0]!];
  const particle = words.findIndex((w, i) => i > 0 && i < words.length - 1 && isNameParticle(w));
  return particle > 0 ? [last, words.slice(particle).join(' ')] : [last];
}

/**
 * Every typed form of the document, keyed by its look-up key, with the document-wide majority
 * type. A person's surname alone ("Rahmon") points at the full name it was last seen with.
 */
export class KnownForms {
  private readonly forms = new Map<string, KnownForm>();

  add(text: string, type: NamedEntityType, strength: number, canonical = text): void {
    const key = lookupKey(text);
    if (!key) return;
    let f = this.forms.get(key);
    if (!f) {
      f = { type, canonical: {}, votes: { person: 0, organization: 0, location: 0 }, strongest: 0 };
      this.forms.set(key, f);
    }
    f.votes[type] += strength;
    f.strongest = Math.max(f.strongest, strength);
    f.type = (Object.keys(f.votes) as NamedEntityType[]).reduce((a, b) => (f!.votes[b] > f!.votes[a] ? b : a));
    // The longest form names the entity best; between equals, the one not in capitals ("Kabul", not a dateline's "KABUL").
    const was = f.canonical[type];
    if (
      was === undefined ||
      canonical.length > was.length ||
      (canonical.length === was.length && isShouted(was) && !isShouted(canonical))
    )
      f.canonical[type] = canonical;
  }

  /** "Emomali Rahmon": later "Rahmon" alone is the same person. */
  addPerson(fullName: string, strength: number): void {
    this.add(fullName, 'person', strength);
    for (const surname of familyNames(fullName)) {
      const key = lookupKey(surname);
      const other = this.forms.get(key);
      if (!other || other.type === 'person') {
        this.add(surname, 'person', strength / 2, fullName);
      } else if (other.canonical.person === undefined) {
        // Known as something else ("Lai", a town): no vote, but where it is read as a person,
        // it is this one.
        other.canonical.person = fullName;
      }
    }
  }

  get(text: string): KnownForm | undefined {
    return this.forms.get(lookupKey(text));
  }

  canonicalOf(text: string, type: NamedEntityType): string {
    const f = this.get(text);
    return f?.canonical[type] ?? text;
  }

  get size(): number {
    return this.forms.size;
  }
}

function isShouted(s: string): boolean {
  return s.length > 3 && s === s.toUpperCase() && /\p{Lu}/u.test(s);
}
