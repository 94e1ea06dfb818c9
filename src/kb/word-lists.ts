/**
 * The registry of word lists: every list of words or phrases that the tagger, the knowledge-base
 * compiler or the event extractor uses, with its file under assets/, what it is for and who uses it.
 * A list file holds one word or phrase a line, written as a reader writes it (with hamza: مسؤول), and
 * a `#` comment header; normalisation happens on load (normalizeKey), never in the file.
 *
 * Adding a list: write its file, add one line to LISTED (or EVENT_LISTS) below. scripts/kb-sources.ts
 * reads every file at build time; the compiled KB carries the listed ones, normalised, in `wordLists` to
 * the tagger, which runs in the browser and never reads files. The event extractor's lists match the
 * page's own text with regular expressions, so they stay as written: `npm run build:kb` writes them into
 * src/events/words.generated.ts and, for the grouped ones, word-groups.generated.ts (scripts/event-words.ts),
 * which src/events imports.
 *
 * The tables (officials.tsv, places.tsv, organizations.tsv, nationalities.tsv, country-aliases.tsv)
 * are read by scripts/kb-sources.ts directly: they hold entities, not words.
 *
 * What stays code, on purpose: closed sets of grammar, not vocabulary (the pronoun suffixes
 * هما، هم، ها، ه… in src/tagger/word-tests.ts, the proclitic letters و ف ب ك ل in src/tagger/clitics.ts,
 * the letters a segmenter splits off a name in src/tagger/rules/kb-matches.ts, the relative pronouns of
 * the learned filter's features in src/tagger/mention-filter.ts, the g letters ج غ ك of
 * src/kb/variants.ts and src/kb/loose-keys.ts, the prepositions of where of src/tagger/cues.ts, the
 * family particles of src/tagger/names.ts, the dual title heads وزيرا، رئيسا of src/events/titles.ts, the
 * particles أن، إن، بأن of src/events/extract.ts), and the words that drive the logic of a regular expression (the relative days
 * and periods أمس، اليوم، الماضي، المقبل of src/events/dates.ts; the prepositions before an event's place
 * and the verbs that open a quotation in src/events/extract.ts).
 * Pure: no file access here.
 */

export interface WordList {
  /** Path under assets/. */
  readonly file: string;
  readonly purpose: string;
  readonly usedBy: string;
}

/** Lists the compiled KB has a field of its own for (CompiledKb.titles, .commonWords…): older, kept as they were. */
export const KB_FIELD_LISTS = {
  titles: { file: "kb/titles.txt", purpose: "title heads that introduce an official's name", usedBy: "tagger: rules/titles" },
  titleLinks: { file: "kb/title-links.txt", purpose: "words without ال that may stand inside a title (باسم، في)", usedBy: "tagger: rules/titles" },
  commonWords: { file: "kb/common-words.txt", purpose: "common words, never a name alone (derived from Wikipedia corpora and a dictionary)", usedBy: "compiler (support flags), tagger: word-tests" },
  commonWordsExtra: { file: "kb/common-words-extra.txt", purpose: "common words the derived list lacks", usedBy: "compiler, tagger: word-tests" },
  givenNames: { file: "kb/given-names.txt", purpose: "given names that start a person's name", usedBy: "compiler, GeoNames filter, tagger: word-tests" },
  givenNamesArabic: { file: "kb/given-names-arabic.txt", purpose: "Arabic given names from a names list, merged into givenNames", usedBy: "as givenNames" },
  orgHeads: { file: "kb/org-heads.txt", purpose: "organisation heads: a place after one is part of its name", usedBy: "tagger: rules/place-blockers" },
  honorifics: { file: "kb/honorifics.txt", purpose: "honorifics before a name (معالي، سمو)", usedBy: "tagger: rules/titles, word-tests" },
  speechVerbs: { file: "kb/speech-verbs.txt", purpose: "verbs after which a name opens a clause (قال)", usedBy: "tagger: rules/unknown-officials, short-forms, place-blockers" },
  sportsCues: { file: "kb/sports-cues.txt", purpose: "words of sports context: a city there is a club", usedBy: "tagger: rules/place-blockers, learned filter" },
  nonGovernment: { file: "kb/non-government.txt", purpose: "words that make a title private (التنفيذي)", usedBy: "tagger: rules/titles" },
  geoHeads: { file: "kb/geo-heads.txt", purpose: "heads of natural features (نهر، جبل)", usedBy: "tagger: rules/natural-features, place-extent" },
  settlementHeads: { file: "kb/settlement-heads.txt", purpose: "settlement words (بلدة، مخيم، حي)", usedBy: "tagger: rules/settlements, supported-matches" },
  sportsSuffixes: { file: "kb/sports-suffixes.txt", purpose: "words after a city that make it a club (يونايتد)", usedBy: "tagger: rules/place-blockers" },
  ordinaryNameWords: { file: "kb/ordinary-name-words.txt", purpose: "officials' name words that are ordinary words (derived)", usedBy: "compiler, tagger: rules/short-forms, learned filter" },
} as const satisfies Record<string, WordList>; // prettier-ignore

/** Lists the compiled KB carries by name in `wordLists`. One line a list. */
export const LISTED = {
  descriptionOpeners: { file: "kb/description-openers.txt", purpose: "words opening a description after a name and a comma (أحد، مسؤول)", usedBy: "tagger: rules/unknown-officials" },
  nameConnectors: { file: "kb/name-connectors.txt", purpose: "words joining a name's parts, never ending one (بن، آل)", usedBy: "tagger: names, rules/short-forms" },
  regnalOrdinals: { file: "kb/regnal-ordinals.txt", purpose: "regnal numbers ending a name (الخامس)", usedBy: "tagger: names, rules/short-forms" },
  prayerWords: { file: "kb/prayer-words.txt", purpose: "words that make المغرب the sunset prayer (صلاة)", usedBy: "tagger: rules/place-blockers" },
  stateForms: { file: "kb/state-forms.txt", purpose: "a state's long-form words (جمهورية، مملكة)", usedBy: "tagger: rules/state-long-forms" },
  stateFormsOutside: { file: "kb/state-forms-outside.txt", purpose: "long-form words left outside the country's mention (مملكة)", usedBy: "tagger: rules/state-long-forms" },
  regimeWords: { file: "kb/regime-words.txt", purpose: "regime words between a form and its nationality (الإسلامية)", usedBy: "tagger: rules/state-long-forms" },
  institutionHeads: { file: "kb/institution-heads.txt", purpose: "heads of places named after a person (جامعة، مطار)", usedBy: "tagger: rules/institutions" },
  headsOutside: { file: "kb/heads-outside.txt", purpose: "feature heads left outside the place's mention (جزيرة)", usedBy: "tagger: rules/kb-matches, place-extent, natural-features" },
  notNouns: { file: "kb/not-nouns.txt", purpose: "words in ال no adjective follows (إلى، التي)", usedBy: "tagger: rules/place-blockers" },
  compassAdjectives: { file: "kb/compass-adjectives.txt", purpose: "compass adjectives joining the place before them (الغربية)", usedBy: "tagger: rules/place-extent" },
  wordLikeGivenNames: { file: "kb/word-like-given-names.txt", purpose: "given names that are also everyday words (زيارة، خطاب; derived)", usedBy: "tagger: rules/short-forms" },
  toponymHeads: { file: "kb/toponym-heads.txt", purpose: "nouns opening place names in construct (عين الحلوة، بيت لحم)", usedBy: "tagger: rules/settlements" },
  directions: { file: "kb/directions.txt", purpose: "compass words ending a place's name (جنوب)", usedBy: "tagger: rules/settlements" },
  afterNameWords: { file: "kb/after-name-words.txt", purpose: "ال-words that follow a name without being part of it (السابق، الأربعاء)", usedBy: "tagger: names" },
  pluralTitles: { file: "kb/plural-titles.txt", purpose: "broken plurals of titles a list of names follows (الوزراء، النواب)", usedBy: "tagger: rules/title-lists" },
  officeHonorifics: { file: "kb/office-honorifics.txt", purpose: "honorifics of office a name follows (معالي، سمو)", usedBy: "tagger: rules/titles" },
  constructTitles: { file: "kb/construct-titles.txt", purpose: "titles only in construct with a place: royal, local administration (أمير الكويت، متصرف لواء الرمثا)", usedBy: "tagger: rules/titles" },
  diseaseHeads: { file: "kb/disease-heads.txt", purpose: "words before a disease's name (فيروس كورونا): that name is no place on the page", usedBy: "tagger: rules/place-blockers" },
  diseaseNames: { file: "kb/disease-names.txt", purpose: "one-word names of diseases (كورونا): a town so named needs a settlement word", usedBy: "compiler: support flags" },
  notSurnames: { file: "kb/not-surnames.txt", purpose: "last name words that are no surname (الثاني، الله)", usedBy: "compiler: short forms" },
  nameJoiners: { file: "kb/name-joiners.txt", purpose: "words binding the next word to a compound name (آل، بن)", usedBy: "compiler: short forms" },
  joiningHeads: { file: "kb/joining-heads.txt", purpose: "compound-name heads written joined or apart (عبد، أبو)", usedBy: "compiler: spelling variants" },
  divisionHeads: { file: "kb/division-heads.txt", purpose: "words opening a subdivision's name in a gazetteer (محافظة، إمارة)", usedBy: "build: scripts/gazetteers.ts; tagger: rules/kb-matches (left outside the mention), rules/titles (an office's place)" },
} as const satisfies Record<string, WordList>; // prettier-ignore

export type ListName = keyof typeof LISTED;

/** The event extractor's lists, as written (src/events/words.generated.ts). One line a list. */
export const EVENT_LISTS = {
  plannedOpeners: { file: "events/planned-openers.txt", purpose: "phrases announcing a meeting to come (من المقرر، اتفقا على)", usedBy: "events: triggers" },
  intentVerbs: { file: "events/intent-verbs.txt", purpose: "verbs of intent before an event word (يعتزم)", usedBy: "events: triggers" },
  futureWords: { file: "events/future-words.txt", purpose: "adjectives after an event noun putting it ahead (المرتقبة)", usedBy: "events: triggers" },
  preparationWords: { file: "events/preparation-words.txt", purpose: "words preparing an event to come, before it with لـ (تمهيدا لزيارة)", usedBy: "events: triggers" },
  lightVerbs: { file: "events/light-verbs.txt", purpose: "light verbs carrying an event noun, all third-person forms (أجرى، عقد، قام ب)", usedBy: "events: triggers" },
  addressNouns: { file: "events/address-nouns.txt", purpose: "what one addresses to someone (توجه بالشكر إلى: no trip)", usedBy: "events: triggers" },
  lightMasdars: { file: "events/light-masdars.txt", purpose: "the light verbs' masdars carrying an event noun (لإجراء محادثات، لعقد اجتماع)", usedBy: "events: triggers" },
  futureTimes: { file: "events/future-times.txt", purpose: "times to come that make a present-tense event verb future (غدا)", usedBy: "events: triggers" },
  callNouns: { file: "events/call-nouns.txt", purpose: "nouns of contact before a call's kind (اتصال، محادثة)", usedBy: "events: triggers" },
  callKinds: { file: "events/call-kinds.txt", purpose: "kinds of a call after its noun (هاتفي)", usedBy: "events: triggers" },
  callWords: { file: "events/call-words.txt", purpose: "nouns that are a call by themselves (مكالمة)", usedBy: "events: triggers" },
  callVerbs: { file: "events/call-verbs.txt", purpose: "verbs of telephoning, all third-person forms (اتصل، هاتف)", usedBy: "events: triggers" },
  phoneWords: { file: "events/phone-words.txt", purpose: "adverbs of telephoning (هاتفيا)", usedBy: "events: triggers" },
  hostingWords: { file: "events/hosting-words.txt", purpose: "verbs of receiving a visitor, all third-person forms (استقبل)", usedBy: "events: triggers" },
  hostingNouns: { file: "events/hosting-nouns.txt", purpose: "the masdar of receiving a visitor (استقبال)", usedBy: "events: triggers" },
  visitWords: { file: "events/visit-words.txt", purpose: "verbs of visiting or arriving, all third-person forms (زار، وصل)", usedBy: "events: triggers" },
  visitNouns: { file: "events/visit-nouns.txt", purpose: "nouns of visiting, touring or arriving (زيارة، جولة)", usedBy: "events: triggers" },
  signingWords: { file: "events/signing-words.txt", purpose: "verbs of signing, all third-person forms (وقع)", usedBy: "events: triggers" },
  signingNouns: { file: "events/signing-nouns.txt", purpose: "masdars of signing (توقيع)", usedBy: "events: triggers" },
  agreementNouns: { file: "events/agreement-nouns.txt", purpose: "what is signed (اتفاقية، مذكرة)", usedBy: "events: triggers" },
  meetingVerbs: { file: "events/meeting-verbs.txt", purpose: "verbs of meeting or talks, all third-person forms (التقى)", usedBy: "events: triggers" },
  discussionVerbs: { file: "events/discussion-verbs.txt", purpose: "the verbs «discussed», all third-person forms, before مع (بحث، ناقش)", usedBy: "events: triggers" },
  groupNouns: { file: "events/group-nouns.txt", purpose: "groups a single official meets (وفد، سفراء)", usedBy: "events: triggers" },
  proxyWords: { file: "events/proxy-words.txt", purpose: "envoys and aides after a name: the name after them is not a party (موفد)", usedBy: "events: participants, titles" },
  kinWords: { file: "events/kin-words.txt", purpose: "kin after a name: the name after them is not a party (قرينة)", usedBy: "events: participants, titles" },
  banquetNouns: { file: "events/banquet-nouns.txt", purpose: "meals and receptions, a meeting when given in someone's honour (مأدبة … على شرف)", usedBy: "events: triggers" },
  attendingNouns: { file: "events/attending-nouns.txt", purpose: "masdars of attending before a gathering (لحضور، للمشاركة في)", usedBy: "events: triggers" },
  gatheringNouns: { file: "events/gathering-nouns.txt", purpose: "gatherings an official attends (قمة، مؤتمر)", usedBy: "events: triggers" },
  meetingWords: { file: "events/meeting-words.txt", purpose: "nouns of meeting or talks (اجتماع، محادثات)", usedBy: "events: triggers" },
  modalWords: { file: "events/modal-words.txt", purpose: "words making the event after them unreal (لم، إذا، يأمل)", usedBy: "events: modality" },
  reportingVerbs: { file: "events/reporting-verbs.txt", purpose: "verbs reporting speech (أعلن، قال)", usedBy: "events: extract" },
  otherTimeAnchors: { file: "events/other-time-anchors.txt", purpose: "words starting another happening's clause (عقب)", usedBy: "events: extract" },
  titleHeads: { file: "events/title-heads.txt", purpose: "title heads naming an official by title alone (الرئيس)", usedBy: "events: titles" },
  genericHeads: { file: "events/generic-heads.txt", purpose: "nouns naming an official by no office, before a nationality (المسؤول الإيراني)", usedBy: "events: titles" },
  officeHeads: { file: "events/office-heads.txt", purpose: "words opening an office, heads of title phrases (رئيس، النائب)", usedBy: "events: page titles" },
  honorificWords: { file: "events/honorifics.txt", purpose: "honorifics before a name (جلالة، سعادة)", usedBy: "events: page titles" },
  counterpartWords: { file: "events/counterpart-words.txt", purpose: "«his counterpart» before an adjective (نظيره)", usedBy: "events: titles" },
} as const satisfies Record<string, WordList>; // prettier-ignore

/** The event extractor's lists of groups: one group a line, its spellings separated by «|». */
export const EVENT_GROUPED_LISTS = {
  months: { file: "events/months.txt", purpose: "month names, January first, each with its spellings", usedBy: "events: dates" },
  weekdays: { file: "events/weekdays.txt", purpose: "weekday names, Sunday first, each with its spellings", usedBy: "events: dates" },
} as const satisfies Record<string, WordList>; // prettier-ignore

export type EventListName = keyof typeof EVENT_LISTS;
export type EventGroupedListName = keyof typeof EVENT_GROUPED_LISTS;

/** Every list, by name, whatever carries it. */
export const WORD_LISTS: Readonly<Record<string, WordList>> = {
  ...KB_FIELD_LISTS,
  ...LISTED,
  ...EVENT_LISTS,
  ...EVENT_GROUPED_LISTS,
};

/** A list file's entries: one a line, blank lines and `#` comments skipped, the first tab-separated field. */
export function parseListFile(source: string): string[] {
  return source
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => l.split("\t")[0]!.trim());
}

/** A grouped list file's entries: one group a line, its members separated by «|». */
export function parseGroupedListFile(source: string): string[][] {
  return parseListFile(source).map((line) => line.split("|").map((member) => member.trim()));
}
