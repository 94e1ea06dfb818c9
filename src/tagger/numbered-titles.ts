/**
 * Dual and plural titles: the dual and the sound plural made from each title head by their endings
 * (النائبان، النائبين، المستشارون), the dual in construct (وزيرا، وزيري), and the listed broken plurals
 * (الوزراء، النواب). rules/title-lists.ts reads them; cues.ts makes them a cue, so that a token none
 * of whose readings is one costs no lookup.
 */

/** Endings of the dual (ان، ين) and of the sound masculine plural (ون، ين) after a title word. */
export const NUMBER_ENDINGS = ["ان", "ين", "ون"];
/** Endings of the dual in construct: nominative ا, genitive and accusative ي. */
const CONSTRUCT_DUAL_ENDINGS = ["ا", "ي"];

/** A dual or plural title's singular, whether it is a dual, and whether it is in construct. */
export interface NumberedTitle {
  readonly role: string;
  readonly dual: boolean;
  readonly construct?: true;
}

/** Each dual or plural form of the titles (normalised; a title's first word is its head) with its singular. */
export function numberedTitleForms(
  titles: readonly string[],
  pluralTitles: Iterable<string>,
): Map<string, NumberedTitle> {
  const forms = new Map<string, NumberedTitle>();
  // Masculine heads only: a feminine title's dual is made with ت (الوزيرتان), not from its ة.
  for (const word of new Set(titles.map((t) => t.split(" ")[0]!))) {
    const base = word.startsWith("ال") ? word : `ال${word}`;
    if (base.length <= 4 || base.endsWith("ه")) continue;
    for (const end of NUMBER_ENDINGS) forms.set(base + end, { role: base, dual: end === "ان" });
    // وزيرا الخارجية والدفاع، وزيري الخارجية: the dual in construct drops its ن and takes the offices after it.
    const bare = base.slice(2);
    for (const end of CONSTRUCT_DUAL_ENDINGS)
      if (!forms.has(bare + end)) forms.set(bare + end, { role: base, dual: true, construct: true });
  }
  for (const plural of pluralTitles) {
    forms.set(plural, { role: plural, dual: false });
    // رؤساء البلديات، سفراء الدول: a broken plural in construct drops its article and takes the offices after it.
    const bare = plural.startsWith("ال") ? plural.slice(2) : undefined;
    if (bare && bare.length > 3 && !forms.has(bare)) forms.set(bare, { role: plural, dual: false, construct: true });
  }
  return forms;
}

/** The numbers that follow a plural title (النواب الثلاثة، الوزراء الأربعة), normalised. */
export const NUMBERS_AFTER_PLURAL_TITLE = new Set([
  "الاثنان",
  "الاثنين",
  "الثلاثه",
  "الاربعه",
  "الخمسه",
  "السته",
  "السبعه",
  "الثمانيه",
  "التسعه",
  "العشره",
]);
