/**
 * Events that are not told as real (issue 15, Build 5): negated (لم يلتق، لا نية لعقد اجتماع),
 * conditional (إذا التقى), wished for, offered or requested (يأمل في زيارة، مستعد للقاء، طلب لقاء),
 * denied (نفى أن يكون التقى) or only possible (يمكن أن يزور). The word that makes it so stands in the
 * few words before the event word, with no preposition of circumstance between (طلب خلال استقباله
 * is a request made during a real reception).
 */

import { alternatives, fold, WORD_END, WORD_START } from "./forms.ts";
import { EVENT_WORDS } from "./words.generated.ts";

/**
 * How many words before the event word a modal word still governs it: across an object's title and
 * full name (دعا الرئيس الصيني شي جين بينغ إلى زيارة).
 */
const REACH = 10;
/**
 * A modal noun or verb may carry a pronoun: «عن أمله في زيارة»، «رغبتها في لقاء»، «دعاه إلى زيارة»; a
 * masdar a preposition: «هدد بإلغاء زيارته».
 */
const MODAL = new RegExp(
  `${WORD_START}(?:[وف] ?)?(?:[بل] ?)?(?:${alternatives(EVENT_WORDS.modalWords).replace(/\[ةه\]/g, "[ةهت]")})(?:هما|هم|ها|ه)?${WORD_END}`,
);
const ACCEPTED = /^(?:[وف] ?)?تلبي[ةه]$/;
/**
 * «من غير المتوقع أن يلتقي»، «غير المرجح»: an opener of the future, or a word of likelihood, negated by
 * «غير» right before it is no plan but its denial.
 */
const NEGATED_OPENER = new RegExp(
  `^(?:${alternatives(EVENT_WORDS.plannedOpeners.filter((o) => o.startsWith("من ")).map((o) => o.slice(3)))}|المرجح|مرجح)$`,
);
/**
 * «قد يلتقي»: قد before a verb in the imperfect is «may», a possibility (before the perfect, «قد التقى»,
 * it is «has met»). Only the third person masculine ي is read: ت also opens perfects of the fifth and
 * sixth forms (قد توجه، قد تباحث).
 */
const MAY = /^(?:[وف] ?)?قد$/;
const IMPERFECT = /^ي\S{2,}/;
/** Prepositions of circumstance and clause breaks: what stands before them is another clause. */
const BARRIER = /^(?:[،,؛;:.!?؟"«»()-]|خلال|اثناء|بعد|عقب|قبل|لدي|لدى|منذ|حيث)$/;

/** Whether the event word at `index` of the sentence is negated, conditional, wished for or denied. */
export function unreal(sentence: string, index: number): boolean {
  const words = fold(sentence.slice(Math.max(0, index - 80), index))
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const next = (i: number) => words[i + 1] ?? fold(sentence.slice(index)).trimStart().split(/\s/)[0] ?? "";
  for (let i = words.length - 1, seen = 0; i >= 0 && seen < REACH; i--) {
    const word = words[i]!;
    if (MAY.test(word) && IMPERFECT.test(next(i))) return true;
    if (word === "غير" && NEGATED_OPENER.test(next(i))) return true;
    if (BARRIER.test(word)) return false;
    if (word.length > 1) seen++;
    // «تلبية لدعوة»: an invitation accepted is a visit made.
    if (MODAL.test(word)) return !ACCEPTED.test(words[i - 1] ?? "");
  }
  return false;
}

/**
 * «يلتقي X نظيره إذا سمحت الظروف»، «سيزور الجزائر في حال تحسنت العلاقات»: a condition after the event word
 * in its own clause makes it the answer of a condition, hypothetical; «ما إذا» is «whether», no condition.
 */
const CONDITION_AFTER = new RegExp(`${WORD_START}(?<!ما )(?:[وف] ?)?(?:اذا|لو|في حال|في حالة)${WORD_END}`);

/** Whether a condition follows the event word in [from, to) of the sentence, its clause. */
export function conditionAfter(sentence: string, from: number, to: number): boolean {
  return CONDITION_AFTER.test(fold(sentence.slice(from, to)));
}
