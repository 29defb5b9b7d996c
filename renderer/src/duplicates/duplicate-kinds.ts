import type { DuplicateKind } from '../../../preload/contract.js';

/** How each reason a pair is proposed reads as a badge. */
export const KIND_NAMES: Readonly<Record<DuplicateKind, string>> = {
  'same-name': 'Same name',
  alias: 'Shared alias',
  punctuation: 'Punctuation',
  acronym: 'Acronym',
  transliteration: 'Spelling variant',
  surname: 'Surname',
  qualified: 'Qualified name',
};
