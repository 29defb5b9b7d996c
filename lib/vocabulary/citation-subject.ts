import { z } from 'zod';

/** What a citation may support: an entity, a link or an event. */
export const CITATION_SUBJECT_KINDS = ['entity', 'link', 'event'] as const;
export const citationSubjectKindSchema = z.enum(CITATION_SUBJECT_KINDS);
export type CitationSubjectKind = (typeof CITATION_SUBJECT_KINDS)[number];
