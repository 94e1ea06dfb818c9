/**
 * Later (and earlier) mentions of an official the page names in full (or by a surname after a head of
 * state's title: الرئيس زريقات … وأكد زريقات): the full name repeated
 * (وأكد زياد الفلاحي after قال وزير المالية زياد الفلاحي), the family name, one word or compound
 * (باتروشيف، أبو خديجة، بني هاني، دي ميستورا), a name's last two words (توريس ميخيا), an uncommon first
 * name of a KB official (نيكولاس after نيكولاس بيرنز), also of one the knowledge base knows but gives no short form (بيرنز is two
 * officials; on this page it is the one already named). It must never take a family, a father or a
 * regnal number (آل ثاني، بن سلمان، عبد الله الثاني), a common given name (فلاديمير), a surname
 * inside someone else's name (نزار قباني after الوزير توفيق قباني), nor a surname that is also a word
 * or a given name (رمضان، حمد، عبد الرزاق) unless a speech verb or a title stands before it.
 */

import { type Candidate, coveredTokens, type TokenSet } from "../candidates.ts";
import type { TaggingDocument } from "../document.ts";
import { isParticleAn, writtenAs } from "../names.ts";
import type { Token } from "../tokenize.ts";
import { PERSIAN_FAMILY_ENDINGS } from "../word-tests.ts";
import { NUMBERS_AFTER_PLURAL_TITLE } from "../numbered-titles.ts";
import { isNumberedTitle } from "./title-lists.ts";

/** One way the page may name an official again: its words, and whether a speaker cue must precede them. */
interface NameForm {
  readonly words: readonly string[];
  readonly full: Candidate;
  readonly needsCue: boolean;
  /** A first name: only after an honorific or a royal title (وقال الأمير فيصل). */
  readonly afterHonorific?: true;
}

/** Pass: the page's other mentions of its officials, as coreference. */
export function shortForms(doc: TaggingDocument): void {
  const byFirstWord = nameForms(doc);
  if (byFirstWord.size === 0) return;
  const { tokens, words } = doc;
  const covered = coveredTokens(doc.candidates);
  const out: Candidate[] = [];
  // Where an official's mention ends (the token after it).
  const officialEnds = new Set(doc.candidates.filter((c) => c.type === "official").map((c) => c.last));
  // نزار قباني، قباني مرزوق: a neighbouring name word makes it someone else's name; a given name that is
  // as often a word (خطاب بوتن «Putin's speech», عاد أبي خليل «Abi Khalil returned») does not.
  const { wordLikeGivenNames } = doc.lex.lists;
  // الشطناوي والعزام، الجبوري وسعد: a word joined by و to a name the page names, or to a given name, is a
  // second person, not more of a name.
  const { given } = doc.lex;
  // والسبيعي: و and a word with the article is never more of a name either.
  const andNamed = (t: Token) =>
    t.text.startsWith("و") &&
    !given.has(t.text) &&
    t.readings.some((r) => r.skip === 1 && (byFirstWord.has(r.key) || given.has(r.key) || r.key.startsWith("ال")));
  // «ردّ على الجبوري»، «ردّ الدخيل على»: normalising makes the preposition على the given name علي; the
  // page's letters tell.
  const preposition = (t: Token) => t.text === "علي" && writtenAs(doc, t) === "على";
  // وأكد النائبان الحيالي والصيدلي، الوزراء الثلاثة: a dual or plural title, and its number, name people.
  const numberedBefore = (i: number) =>
    isNumberedTitle(doc, i - 1) ||
    (NUMBERS_AFTER_PLURAL_TITLE.has(tokens[i - 1]?.text ?? "") && isNumberedTitle(doc, i - 2));
  const nameBefore = (i: number, skip: number) => {
    const prev = tokens[i - 1];
    if (!tokens[i]!.tight || !prev || !words.mayBeFirstName(prev.text) || numberedBefore(i)) return false;
    // بالعزام، والعزام: a proclitic starts a new phrase; the word before is no part of this name.
    if (skip > 0) return false;
    if (prev.text === "علي") return !preposition(prev);
    return !wordLikeGivenNames.has(prev.text);
  };
  const nameAfter = (end: number) =>
    !!tokens[end]?.tight &&
    words.isNameWord(tokens[end]!.text, false) &&
    !andNamed(tokens[end]!) &&
    !isParticleAn(doc, tokens[end]!) &&
    !preposition(tokens[end]!);
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) continue;
    const found = formAt(doc, i, byFirstWord, covered);
    if (!found) continue;
    const { form, skip } = found;
    const end = i + form.words.length;
    if (nameBefore(i, skip) || nameAfter(end)) continue;
    // والتقى شرارة وسعد وفقيه: joined by و to a person named just before, a word is a person too.
    const joined = skip === 1 && tokens[i]!.tight && tokens[i]!.text.startsWith("و") && officialEnds.has(i);
    const cued = joined || numberedBefore(i) || speakerCue(doc, tokens[i - 1], form.words.join(" "));
    if (form.needsCue && !cued) continue;
    if (form.afterHonorific && (skip > 0 || !honorificBefore(doc, tokens[i - 1]))) continue;
    out.push({ ...form.full, first: i, last: end, skip, evidence: "coreference" });
    officialEnds.add(end);
    i = end - 1;
  }
  doc.candidates.push(...out);
}

/** The longest form whose words start at token `i` (its first word under any proclitic reading). */
function formAt(
  { tokens }: TaggingDocument,
  i: number,
  byFirstWord: ReadonlyMap<string, NameForm[]>,
  covered: TokenSet,
): { form: NameForm; skip: number } | undefined {
  for (const r of tokens[i]!.readings) {
    const forms = byFirstWord.get(r.key);
    if (!forms) continue;
    const form = forms.find((f) =>
      f.words.every((w, k) => k === 0 || (tokens[i + k]?.text === w && tokens[i + k]!.tight && !covered.has(i + k))),
    );
    // The first reading with forms decides: a shorter reading is not tried after a longer one failed.
    return form && { form, skip: r.skip };
  }
  return undefined;
}

/** Each official's full name (two words or more), family name and, for a KB official, first name; longest first. */
function nameForms(doc: TaggingDocument): Map<string, NameForm[]> {
  const { tokens, lex } = doc;
  const { nameConnectors, nameJoiners, regnalOrdinals } = lex.lists;
  const byFirstWord = new Map<string, NameForm[]>();
  const taken = new Set<string>();
  const add = (words: readonly string[], full: Candidate, needsCue: boolean) => {
    const key = words.join(" ");
    if (taken.has(key)) return;
    taken.add(key);
    const list = byFirstWord.get(words[0]!) ?? [];
    list.push({ words, full, needsCue });
    byFirstWord.set(words[0]!, list);
  };
  for (const c of doc.candidates) {
    if (c.type !== "official") continue;
    const name = tokens.slice(c.first, c.last).map((t: Token, k) => (k === 0 ? t.text.slice(c.skip) : t.text));
    // الرئيس زريقات … وأكد زريقات: a surname a title alone introduced is found again as it is.
    if (name.length === 1) {
      if (c.evidence === "title" && !c.kb && name[0]!.length > 2) add(name, c, isWord(doc, name[0]!));
      continue;
    }
    add(name, c, false);
    const last = name.length - 1;
    // محمد الأمين ولد أحمد سالم … ولد أحمد سالم: «son of» and the rest is how Mauritania, Sudan and the
    // Tuareg name a person again; بن سلمان، آل محمود after a speech verb or a title too.
    const son = sonOfAt(name);
    if (son > 0) add(name.slice(son), c, false);
    else if (last >= 2 && familyJoiner(name[last - 1]!, nameJoiners)) add(name.slice(last - 1), c, true);
    // آل ثاني، بن سلمان، عبد الله الثاني: a family, a father or a regnal number, not the person.
    if (son < 0 && !regnalOrdinals.has(name[last]!) && !familyJoiner(name[last - 1]!, nameJoiners)) {
      // أبو خديجة، بني هاني، فون دير لاين: the particles before the last word are the family name's.
      // دفع الله: «الله» ends a compound with the word before it, whatever that word is.
      let from = name[last] === "الله" ? last - 1 : last;
      while (from > 1 && nameConnectors.has(name[from - 1]!) && !familyJoiner(name[from - 1]!, nameJoiners)) from--;
      const family = name.slice(from);
      const text = family.join(" ");
      // سعيدي نجاد، علي زاده: a Persian family name ends in a word of its own (نجاد، زاده، بور…), named with it.
      if (from === last && last >= 2 && PERSIAN_FAMILY_ENDINGS.has(name[last]!)) add(name.slice(last - 1), c, false);
      // رامون أليخاندرو توريس ميخيا … توريس ميخيا: a name's last two words, when the first is no given name
      // (علي حسن after محمد علي حسن, الطاهر البشير after أحمد الطاهر البشير: another man's full name, his
      // father's perhaps), are a two-word family name; after a speaker cue only if either word is a word.
      else if (from === last && last >= 2 && !doc.words.isGivenName(name[last - 1]!) && name[last - 1]!.length > 2) {
        const tail = name.slice(last - 1);
        add(
          tail,
          c,
          tail.some((w) => isWord(doc, w)),
        );
      }
      // عبد الرزاق: the given-name list writes compounds joined (عبدالرزاق).
      if (text.length > 2) add(family, c, isWord(doc, text) || isWord(doc, family.join("")));
    }
    // نيكولاس after نيكولاس بيرنز: a first name, unless a common given name (فلاديمير) or a word.
    const f = name[0]!;
    if (c.kb && f.length > 3 && !lex.given.has(f) && !lex.common.has(f)) add([f], c, false);
  }
  // الأمير فيصل بن خالد … وقال الأمير فيصل: after an honorific, the first name of the one official the
  // page names in full with it.
  for (const [first, full] of onlyBearers(doc)) {
    if (taken.has(first)) continue;
    taken.add(first);
    byFirstWord.set(first, [
      ...(byFirstWord.get(first) ?? []),
      { words: [first], full, needsCue: false, afterHonorific: true },
    ]);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirstWord;
}

/**
 * The first names (three letters or more) that one official the page names in full bears, with him,
 * where an honorific or a royal title stood before his full name too (الأمير فيصل بن خالد, not الوزير
 * فيصل المقداد).
 */
function onlyBearers(doc: TaggingDocument): Map<string, Candidate> {
  const { candidates, tokens } = doc;
  const bearers = new Map<string, Candidate | null>();
  for (const c of candidates) {
    if (c.type !== "official" || c.last - c.first < 2 || c.skip > 0 || !honorificBefore(doc, tokens[c.first - 1]))
      continue;
    const first = tokens[c.first]!.text.slice(c.skip);
    if (first.length < 3) continue;
    const known = bearers.get(first);
    bearers.set(first, known === undefined || known?.entity === c.entity ? c : null);
  }
  return new Map([...bearers].filter((e): e is [string, Candidate] => e[1] !== null));
}

/** Titles a first name follows in the Gulf's and the monarchies' press (الأمير، الشيخ، الملك), normalised. */
const ROYAL_TITLES = new Set(["الامير", "الاميره", "الملك", "الملكه", "السلطان", "الشيخ", "الشيخه"]);

/** Whether an honorific or a royal title stands right before (وقال الشيخ سعود، بتوجيه من الأمير فيصل). */
function honorificBefore({ lex }: TaggingDocument, prev: Token | undefined): boolean {
  return !!prev && prev.readings.some((r) => ROYAL_TITLES.has(r.key) || lex.honorifics.has(r.key));
}

/** «Son of» as the Mauritanian, Sudanese and Tuareg press writes it in names, normalised. */
const SON_OF = new Set(["ولد", "ود", "اغ"]);
/** Most words after «son of» that a family name so formed has (ولد محمد فال). */
const MAX_SON_OF_WORDS = 3;

/** Where the family name «son of …» begins in a name (the last such word, not the first), or -1. */
function sonOfAt(name: readonly string[]): number {
  for (let k = name.length - 2; k > 0 && name.length - 1 - k <= MAX_SON_OF_WORDS; k--)
    if (SON_OF.has(name[k]!)) return k;
  return -1;
}

/**
 * آل، بن، ابن، بنت: the word after them is a family or a father, never the person's own surname; عبد
 * and أبو begin one (عبد المهدي، أبو الغيط). Lists hold normalised words: آل is ال, أبو is ابو.
 */
function familyJoiner(word: string, nameJoiners: ReadonlySet<string>): boolean {
  return nameJoiners.has(word) && word !== "عبد" && word !== "ابو";
}

/** رمضان is also a month, حمد and عبد الرزاق many people's first name. */
function isWord({ lex }: TaggingDocument, w: string): boolean {
  return lex.common.has(w) || lex.ordinaryNames.has(w) || lex.given.has(w);
}

/**
 * A word before a name that says it is a person: a speech verb (قال، أعرب), a title (الملك), or the
 * particle أن or إن, whose noun is the subject of the clause after it (وإن الربيعي وعد، وأن السبعاوي
 * تعهد), when the name is no common word.
 */
function speakerCue({ lex }: TaggingDocument, prev: Token | undefined, name: string): boolean {
  if (!prev) return false;
  if (lex.titleWords.has(prev.text)) return true;
  // «وقال إن الحياة عادت»: a common word after أن is as often the word.
  const subject = !lex.common.has(name);
  // اللذان طالبا هارون، قالوا: the dual's and the plural's subject pronoun does not change the verb.
  const speech = (key: string) =>
    lex.speechVerbs.has(key) ||
    (key.endsWith("ا") && lex.speechVerbs.has(key.slice(0, -1))) ||
    (key.endsWith("وا") && lex.speechVerbs.has(key.slice(0, -2)));
  return prev.readings.some((r) => speech(r.key) || (subject && r.key === AN));
}

/** أن and إن, as normalising writes both. */
const AN = "ان";
