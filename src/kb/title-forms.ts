/**
 * A title in construct names its complement with or without the article: «مدير وكالة» and «مدير الوكالة
 * الدولية للطاقة الذرية», «رئيس أركان» and «رئيس الأركان». titles.txt lists a construct title once; the
 * compiler adds the other form. An adjective after the head (أمين عام، مفتش عام) is no complement, nor
 * a pronoun written apart (نظير ه).
 */

const ADJECTIVES = new Set(["عام", "عامة", "عامه"]);

/** The titles, each construct title of two indefinite words also with its complement definite. */
export function withDefiniteComplements(titles: readonly string[]): string[] {
  const out = [...titles];
  for (const title of titles) {
    const words = title.split(" ");
    if (words.length !== 2) continue;
    const [head, complement] = words as [string, string];
    if (head.startsWith("ال") || complement.startsWith("ال") || complement.length < 3) continue;
    if (ADJECTIVES.has(complement)) continue;
    out.push(`${head} ال${complement}`);
  }
  return out;
}
