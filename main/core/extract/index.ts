import { analyse } from './analyse.js';
import { combineModelSpans } from './combine-model-spans.js';
import { extractDates } from './dates.js';
import { documentDateFromText } from './document-date.js';
import { suggestEvents } from './events.js';
import { suggestLinks } from './links.js';
import { placeHierarchyLinks } from './place-links.js';
import { extractIdentifiers } from './identifiers.js';
import { loadTagger, type Tagger } from './ner/index.js';
import { resolveOverlaps } from './overlap.js';
import { SpanIndex } from './span-index.js';
import { resolveMentions } from './resolve.js';
import { joinOrgRegion } from './org-region-join.js';
import { joinFieldListBefore, joinOrgRemit } from './org-remit-join.js';
import { joinNamePossessive } from './name-possessive.js';
import { joinBareInitials } from './bare-initials.js';
import { joinCourtNames } from './court-names.js';
import { findRoadNumbers } from './road-numbers.js';
import { findNumberedUnits } from './numbered-units.js';
import { findRansomwareGangs } from './ransomware-gangs.js';
import { joinLowerCaseTails } from './lower-case-tail.js';
import { joinUpperLowerPlaces } from './upper-lower-places.js';
import { joinNameParticles } from './name-particles.js';
import { joinArabicArticle } from './arabic-article.js';
import { joinRomancePlaces } from './romance-places.js';
import { joinHyphenatedSurnames } from './hyphenated-surnames.js';
import { findNumberedBodies, findNumberedFirms } from './numbered-firms.js';
import { addThreatActorCodes } from './threat-actor-codes.js';
import { findCamelCaseFirms, findOutlets, retypeByShape, retypeDatelinePlaces, retypePlaceOfNames } from './retype.js';
import { retypeByCoordination } from './coordination.js';
import { splitCountryRegions } from './country-regions.js';
import { dropThingNames } from './thing-names.js';
import { joinNationalSocieties } from './national-societies.js';
import { joinSlashedBodies } from './slashed-bodies.js';
import { joinPartyQualifiers } from './party-qualifiers.js';
import { splitMakerFromModel } from './model-numbers.js';
import { findAcronymAliases, findInitialsAliases, findPersonAliases, typeAliasesLikeTheirName } from './alias-type.js';
import { retypeFirmsByContext } from './firm-context.js';
import { retypeFirmsNamedAfter } from './firm-named-after.js';
import { findClubNames, retypeClubs } from './club-names.js';
import { findPossessiveBrands, keepNamePossessive } from './possessive-brands.js';
import { retypeOrgShortNames } from './org-short-name.js';
import { findPlatformX } from './platform-x.js';
import { retypeNationalUnits } from './national-units.js';
import { retypeAppointees } from './appointed-as.js';
import { findAgedFamilyNames, joinGivenNames } from './given-names.js';
import { findPartyPlurals } from './party-plurals.js';
import { findShortCodes } from './short-codes.js';
import { dropRegionalDemonyms } from './regional-demonyms.js';
import { linkAndPropagate, ruleNameSpans } from './rule-names.js';
import type { ExtractedEntity, ExtractionResult, ExtractOptions } from './types.js';

export type { ExtractionResult, ExtractOptions } from './types.js';

export const RULES_EXTRACTOR = 'dossier-rules';
export const MODEL_EXTRACTOR = 'dossier-ner+rules';
export const EXTRACTOR_VERSION = '1.0.0';

/**
 * Everything extraction finds in one text: named entities, identifiers, dates and suggested
 * events, with offsets into `text`. With `extractor: 'default'` and a shipped tagger, the model
 * proposes name spans and the rules type and link them; otherwise the rules work alone.
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractionResult {
  const tagger = options.extractor === 'rules' ? null : (options.tagger ?? safeTagger());
  const sentences = analyse(text);
  const analysis = ruleNameSpans(text, sentences);
  // The tagger learned title-case headlines too, so its spans there are taken like any other.
  const combined = tagger ? combineModelSpans(text, tagger.tag(text), analysis.spans) : analysis.spans;
  const base = joinNameParticles(text, combined);
  const linked = linkAndPropagate(text, analysis, base);
  // Again: propagation finds a surname alone ("Le Pen's" as "Pen").
  const spans = joinNameParticles(text, linked.spans);
  const resolved = retypeByShape(resolveMentions(text, resolveOverlaps(spans), linked.known));
  const names = NAME_CORRECTIONS.reduce((entities, correct) => correct(text, entities), resolved);
  const identifiers = extractIdentifiers(text);
  // Numbers are properties of the events they count (event counts), never entities of their own.
  const entities = mergeByPosition(
    names,
    identifiers.filter((i) => i.type !== 'quantity'),
  );
  const documentDate = options.date
    ? ({ value: options.date, precision: 'day', source: 'given' } as const)
    : documentDateFromText(text);
  const dayOf = documentDate?.precision === 'day' ? documentDate.value : null;
  const dates = extractDates(text, dayOf ?? options.date);
  const events = suggestEvents(text, sentences, entities, dates, documentDate?.value ?? null);
  const stated = suggestLinks(text, sentences, entities);
  const links = [...stated, ...placeHierarchyLinks(text, sentences, entities, stated)];
  return {
    entities,
    dates,
    events,
    links,
    documentDate,
    extractor: tagger ? MODEL_EXTRACTOR : RULES_EXTRACTOR,
    extractorVersion: tagger ? `${EXTRACTOR_VERSION}+${tagger.name}-${tagger.version}` : EXTRACTOR_VERSION,
  };
}

/** Corrections over the resolved names, in order: each reads the text around a name. */
const NAME_CORRECTIONS: ReadonlyArray<(text: string, entities: ExtractedEntity[]) => ExtractedEntity[]> = [
  retypeDatelinePlaces,
  retypePlaceOfNames,
  findOutlets,
  findCamelCaseFirms,
  findPossessiveBrands,
  keepNamePossessive,
  retypeOrgShortNames,
  findPlatformX,
  findPartyPlurals,
  findShortCodes,
  findNumberedFirms,
  findNumberedBodies,
  retypeFirmsByContext,
  retypeFirmsNamedAfter,
  findClubNames,
  retypeClubs,
  retypeByCoordination,
  retypeAppointees,
  typeAliasesLikeTheirName,
  findPersonAliases,
  findAcronymAliases,
  findInitialsAliases,
  joinOrgRegion,
  retypeNationalUnits,
  joinOrgRemit,
  joinFieldListBefore,
  joinNamePossessive,
  joinBareInitials,
  joinGivenNames,
  findAgedFamilyNames,
  joinCourtNames,
  joinNationalSocieties,
  joinSlashedBodies,
  joinPartyQualifiers,
  findRoadNumbers,
  findNumberedUnits,
  findRansomwareGangs,
  joinLowerCaseTails,
  joinArabicArticle,
  joinHyphenatedSurnames,
  joinUpperLowerPlaces,
  joinRomancePlaces,
  addThreatActorCodes,
  splitMakerFromModel,
  dropThingNames,
  dropRegionalDemonyms,
  splitCountryRegions,
];

let taggerState: { tagger: Tagger | null } | null = null;

/** The shipped tagger, loaded once; a damaged model must not stop extraction (the rules still work). */
function safeTagger(): Tagger | null {
  if (taggerState) return taggerState.tagger;
  try {
    taggerState = { tagger: loadTagger() };
  } catch {
    taggerState = { tagger: null };
  }
  return taggerState.tagger;
}

/** Names and identifiers in text order; an identifier overlapping a name (an e-mail's domain) wins. */
function mergeByPosition(names: ExtractedEntity[], identifiers: ExtractedEntity[]): ExtractedEntity[] {
  const index = new SpanIndex(identifiers.filter((i) => i.type !== 'quantity'));
  const kept = names.filter((n) => index.overlapping(n.start, n.end).length === 0);
  return [...kept, ...identifiers].sort((a, b) => a.start - b.start || a.end - b.end);
}
