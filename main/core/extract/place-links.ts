import type { Sentence } from './analyse.js';
import { countryCode } from './gazetteer.js';
import { sentenceKind } from './event-sentences.js';
import { placeParent } from './place-parents.js';
import type { ExtractedEntity, ExtractedLink } from './types.js';

/** How sure a hierarchy link is: the data says it, the text only names both places. */
const SAME_SENTENCE_CONFIDENCE = 0.6;
const SAME_DOCUMENT_CONFIDENCE = 0.5;

/**
 * Links from the shipped place hierarchy (`place-parents.ts`): a region the document names is
 * `part_of` the country the document also names, a city `located_in` it ("GBAO" and
 * "Tajikistan"). Cited to the first sentence naming both, else to the first mention of the
 * smaller place; never where the text already states a relation between the two.
 */
export function placeHierarchyLinks(
  text: string,
  all: readonly Sentence[],
  entities: readonly ExtractedEntity[],
  stated: readonly ExtractedLink[],
): ExtractedLink[] {
  // A dateline's "London-UK" or a byline's place is where the writer filed from, not a place of the story.
  const sentences = all.flatMap((s) => {
    const { kind, bodyStart } = sentenceKind(text, s);
    return kind === 'body' || kind === 'headline' ? [{ start: bodyStart, end: s.end }] : [];
  });
  const inBody = (e: ExtractedEntity): boolean => sentences.some((s) => e.start >= s.start && e.end <= s.end);
  const places = entities.filter((e) => e.type === 'location' && inBody(e));
  const countries = new Map<string, ExtractedEntity[]>();
  for (const p of places) {
    const code = countryCode(p.canonical);
    if (code) countries.set(code, [...(countries.get(code) ?? []), p]);
  }
  if (!countries.size) return [];
  const linked = new Set(
    stated.flatMap((l) => [`${l.sourceKey}\u0000${l.targetKey}`, `${l.targetKey}\u0000${l.sourceKey}`]),
  );
  const out: ExtractedLink[] = [];
  const done = new Set<string>();
  const byKey = new Map(places.map((p) => [p.key, p]));
  const linkedCores = new Set(
    stated
      .filter((l) => l.sourceType === 'location' && (l.type === 'part_of' || l.type === 'located_in'))
      .map((l) => regionCore(byKey.get(l.sourceKey)?.canonical ?? l.sourceKey)),
  );
  for (const child of places) {
    if (done.has(child.key) || countryCode(child.canonical)) continue;
    done.add(child.key);
    // "Gorno-Badakhshan" beside "Gorno-Badakhshan Autonomous Region": one region, one link.
    const core = regionCore(child.canonical);
    if ([...linkedCores].some((c) => c === core)) continue;
    const parent = placeParent(child.canonical) ?? (child.text !== child.canonical ? placeParent(child.text) : null);
    const mentions = parent ? countries.get(parent.country) : undefined;
    if (!parent || !mentions) continue;
    const country = commonestForm(mentions);
    if (country.key === child.key || linked.has(`${child.key}\u0000${country.key}`)) continue;
    const childMentions = places.filter((p) => p.key === child.key);
    const together = sentences.find(
      (s) =>
        childMentions.some((c) => c.start >= s.start && c.end <= s.end) &&
        mentions.some((c) => c.start >= s.start && c.end <= s.end),
    );
    const cite = together ?? sentences.find((s) => child.start >= s.start && child.end <= s.end);
    linkedCores.add(core);
    out.push({
      sourceKey: child.key,
      sourceType: 'location',
      targetKey: country.key,
      targetType: 'location',
      type: parent.kind === 'region' ? 'part_of' : 'located_in',
      directed: true,
      start: cite?.start ?? child.start,
      end: cite?.end ?? child.end,
      confidence: together ? SAME_SENTENCE_CONFIDENCE : SAME_DOCUMENT_CONFIDENCE,
      rule: 'gazetteer-hierarchy',
    });
  }
  return out;
}

const REGION_WORDS =
  /\s+(?:autonomous\s+)?(?:region|province|oblast|district|state|territory|governorate|prefecture|county)$/i;

/** "Gorno-Badakhshan Autonomous Region" and "Gorno-Badakhshan" name one region. */
function regionCore(name: string): string {
  return name.toLowerCase().replace(REGION_WORDS, '').trim();
}

/** "Tajikistan" over "Republic of Tajikistan": the form the document uses most, then the shorter. */
function commonestForm(mentions: readonly ExtractedEntity[]): ExtractedEntity {
  const count = new Map<string, number>();
  for (const m of mentions) count.set(m.key, (count.get(m.key) ?? 0) + 1);
  return [...mentions].sort(
    (a, b) => (count.get(b.key) ?? 0) - (count.get(a.key) ?? 0) || a.canonical.length - b.canonical.length,
  )[0] as ExtractedEntity;
}
