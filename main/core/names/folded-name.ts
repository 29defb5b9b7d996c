/**
 * A name with case, accents, punctuation and spacing folded away ("Côte d’Ivoire" → "cote d
 * ivoire"). For comparing names that come from outside the case, where spelling conventions
 * differ: a bundle's incoming entities against the case's (offered for review, never merged
 * silently), and place names against the country table. Too loose to resolve entities by.
 */
export function foldedName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
