/**
 * German-aware search text: case folded, ß as ss, and umlauts in both spellings
 * (ä as ae and as a), so "Muller", "Mueller" and "Müller" all find "Müller".
 */

const UMLAUT_EXPANDED: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
const UMLAUT_STRIPPED: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };

function fold(text: string, table: Record<string, string>): string {
  return text
    .toLocaleLowerCase('de-DE')
    .replace(/[äöüß]/g, (c) => table[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The stored search text of a document: each word in its expanded form, plus its stripped form where it differs. */
export function searchText(...parts: Array<string | undefined>): string {
  const words = new Set<string>();
  for (const part of parts) {
    if (!part) continue;
    const expanded = fold(part, UMLAUT_EXPANDED).split(' ');
    const stripped = fold(part, UMLAUT_STRIPPED).split(' ');
    expanded.forEach((w) => w && words.add(w));
    stripped.forEach((w) => w && words.add(w));
  }
  return [...words].join(' ');
}

/** The terms of a search query, folded like the stored text (umlauts expanded; the stored text holds both forms). */
export function searchTerms(query: string): string[] {
  return fold(query, UMLAUT_EXPANDED)
    .split(' ')
    .filter((t) => t.length > 0)
    .slice(0, 10);
}

/** Escapes a term for use inside a regular expression. */
export function escapeRegex(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The key a name sorts by, as German dictionaries order (DIN 5007-1): case ignored, umlauts as
 * their base letter (ä = a), ß = ss. MongoDB and FerretDB compare strings by bytes, which would put
 * "Änderung" after "Zulassung".
 */
export function sortKey(name: string): string {
  return name.toLocaleLowerCase('de-DE').replace(/ß/g, 'ss').normalize('NFKD').replace(/\p{M}/gu, '');
}
