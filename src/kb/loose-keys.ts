/**
 * A spelling-tolerant key for foreign names (issue 14, step 3): the consonants of a normalised word,
 * its long vowels (ا و ي after the first letter, but a last و or ي) dropped, a doubled letter written
 * once, and ج غ ق ك read as one letter. زيلينسكي and زلينسكي, هلسنكي and هيلسنكي, قيرغيزستان and
 * كيرغيزستان share a key. The key is loose on purpose, so the tagger takes it only where the page
 * anchors it (rules/loose-matches.ts), and the compiler keeps a key only when one entity has it and no
 * common word or given name does.
 */

/** The fewest consonants a one-word key needs: fewer, and ordinary words share it by chance. */
const MIN_LOOSE_LETTERS = 4;

const [ALEF, WAW, YEH, KAF] = ["ا", "و", "ي", "ك"].map((c) => c.charCodeAt(0)) as [number, number, number, number];
/** ج غ ق: the letters Arabic writes g with, and q; a key reads them as ك. */
const G_LETTERS = "جغق";
const G_LIKE = new Set([...G_LETTERS].map((c) => c.charCodeAt(0)));

/** A word with its g written one way (أنغولا، أنجولا → انكولا), and nothing else loosened. */
export function gFolded(word: string): string {
  return word.replace(new RegExp(`[${G_LETTERS}]`, "g"), "ك");
}

/**
 * The loose key of one normalised word. The article and the last letter stay, but an alef:
 * الكاميروني (an adjective) is not الكاميرون, قبرصية not قبرص.
 */
export function looseWordKey(word: string): string {
  let out = "";
  let previous = -1;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (G_LIKE.has(c)) c = KAF;
    if (i > 0 && (c === ALEF || ((c === WAW || c === YEH) && i < word.length - 1))) continue;
    if (c === previous) continue;
    out += String.fromCharCode(c);
    previous = c;
  }
  return out;
}

/** The loose key of a normalised phrase, word by word. */
export function looseKey(phrase: string): string {
  return phrase.split(" ").map(looseWordKey).join(" ");
}

/**
 * The loose keys of the given aliases ([normalised alias, entity index]): each key that exactly one
 * entity has, that no word of `dictionary` (common words, given names) has, and that is long enough.
 * Sorted, so the compiled KB is deterministic.
 */
export function compileLooseKeys(
  aliases: Iterable<readonly [string, number, ...unknown[]]>,
  dictionary: Iterable<string>,
): [string, number][] {
  const owners = new Map<string, number>();
  const list = [...aliases];
  const written = new Set(list.map(([alias, entity]) => `${alias}|${entity}`));
  for (const [alias, entity] of list) {
    // سوريه beside سوريا is the compiler's ta marbuta spelling, not one a writer chose: its key would be looser.
    if (alias.endsWith("ه") && written.has(`${alias.slice(0, -1)}ا|${entity}`)) continue;
    const key = looseKey(alias);
    if (!key.includes(" ") && key.length < MIN_LOOSE_LETTERS) continue;
    const owner = owners.get(key);
    owners.set(key, owner === undefined || owner === entity ? entity : -1);
  }
  for (const word of dictionary) owners.delete(looseWordKey(word));
  return [...owners].filter(([, entity]) => entity >= 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
