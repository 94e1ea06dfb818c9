/**
 * The construct titles that may be told with ل: «المدير السابق لجهاز المخابرات» for «مدير جهاز المخابرات»,
 * «المدير العام للأمن العام» for «مدير الأمن» (rules/title-heads.ts reads them). Only titles.txt's titles of
 * two words whose head is no title alone (المدير، المساعد، الوكيل: a company's too) and whose complement
 * is a body, not a person's title (المساعد الشخصي للوزير فلان is the minister's).
 */

/** Each such title, «head complement» as titles.txt writes it (مدير جهاز، مدير الامن). */
export function lamTitleForms(titles: readonly string[]): Set<string> {
  const alone = new Set(titles.filter((t) => !t.includes(" ")));
  const heads = new Set(titles.map((t) => t.split(" ")[0]!));
  const out = new Set<string>();
  for (const title of titles) {
    const words = title.split(" ");
    if (words.length !== 2) continue;
    const [head, complement] = words as [string, string];
    if (head.startsWith("ال") || alone.has(head) || alone.has(`ال${head}`)) continue;
    if (heads.has(complement) || complement.length < 3) continue;
    out.add(title);
  }
  return out;
}

/** Their heads with the article (مدير جهاز → المدير): a title's start cue. */
export function lamTitleHeads(titles: readonly string[]): string[] {
  return [...new Set([...lamTitleForms(titles)].map((t) => `ال${t.split(" ")[0]}`))];
}
