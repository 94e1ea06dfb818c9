/**
 * The grammatical patterns of the event extractor, each shown by sentences written for this test (never
 * taken from the corpora): the forms of a trigger, modality, clauses, and who takes part.
 */

import { describe, expect, test } from "vitest";
import { clausesOf } from "../src/events/clauses.ts";
import { extractEvents } from "../src/events/extract.ts";
import { triggersIn } from "../src/events/triggers.ts";
import { packedKb, sharedTagger } from "./helpers.ts";
import { events, kinds, people, unrealAt as at } from "./event-helpers.ts";

const words = (sentence: string) => triggersIn(sentence).map((t) => sentence.slice(t.index, t.end));

describe("trigger forms", () => {
  test.each([
    ["التقى الوزير نظيره", "التقى"],
    ["و التقت الوزيرة نظيرها", "و التقت"],
    ["والتقيا في العاصمة", "والتقيا"],
    ["يلتقيان اليوم", "يلتقيان"],
    ["تزور الوزيرة العاصمة", "تزور"],
    ["زاره الرئيس في مكتبه", "زاره"],
  ])("a verb in any third-person form, with its clitics: %s", (sentence, word) => {
    expect(words(sentence)).toEqual([word]);
  });

  test.each([
    ["وصل الرئيس للزيارة الثانية", "للزيارة"],
    ["قام الوزير بزيارة إلى العاصمة", "بزيارة"],
    ["قام الوزير ب زيارة إلى العاصمة", "ب زيارة"],
    ["خلال زيارته العاصمة", "زيارته"],
    ["خلال زيارت ه العاصمة", "زيارت ه"],
    ["في ختام زياراتها", "زياراتها"],
    ["عقب لقائه الرئيس", "لقائه"],
    ["عقب لقائ ه الرئيس", "لقائ ه"],
    ["عقد الرئيسان اجتماعا مغلقا", "اجتماعا"],
  ])("a masdar or plural with its prepositions, article and pronoun: %s", (sentence, word) => {
    expect(words(sentence)).toContain(word);
  });

  test.each([
    ["مساء عقد اج تماع في السراي", "اج تماع"],
    ["و اج تمع خلال ها مع الرئيس", "و اج تمع"],
    ["اجتمع الوزير بنظيره", "اجتمع"],
    ["والتقاه الرئيس أمس", "والتقاه"],
    ["و التقا ه الرئيس أمس", "و التقا ه"],
  ])(
    "a word of the eighth form may be cut after its first root letter, as the corpora's segmenter does: %s",
    (sentence, word) => {
      expect(words(sentence)).toEqual([word]);
    },
  );

  test("the future prefix سـ and سوف, and «من المقرر أن», make an announced meeting (036)", () => {
    expect(kinds("سيلتقي الوزير نظيره")).toEqual(["036"]);
    expect(kinds("سوف يزور الرئيس العاصمة")).toEqual(["036"]);
    expect(kinds("ومن المقرر أن يجتمع الوزيران في العاصمة")).toEqual(["036"]);
    expect(kinds("الزيارة المرتقبة للرئيس")).toEqual(["036"]);
    expect(kinds("أعلن عن زيارة مرتقبة للرئيس")).toEqual(["036"]);
    expect(kinds("يزور الرئيس العاصمة يوم الخميس المقبل")).toEqual(["036"]);
    expect(kinds("يزور الرئيس العاصمة قريبا")).toEqual(["036"]);
    expect(kinds("وعقد الوزيران اجتماعا يوم غد في العاصمة")).toEqual(["036"]);
    expect(kinds("وسيسافر الرئيس إلى العاصمة")).toEqual(["036"]);
    expect(kinds("سيتوجه وزير الخارجية الروسي سيرغي لافروف الأسبوع المقبل إلى بكين")).toEqual(["036"]);
    expect(kinds("توجه الرئيس بالشكر، ثم قال إن الوفد عاد إلى بكين")).toEqual([]); // another clause
    expect(kinds("زار الرئيس العاصمة يوم الخميس")).toEqual(["042"]);
  });

  test("a light verb carries its tense to the event noun after it: سـ / سوف, or a present with a time to come", () => {
    expect(kinds("سيعقد الوزيران اجتماعا في العاصمة")).toEqual(["036"]);
    expect(kinds("وستجري الوزيرة محادثات مع نظيرها")).toEqual(["036"]);
    expect(kinds("سوف يقوم الرئيس بزيارة إلى العاصمة")).toEqual(["036"]);
    expect(kinds("يقوم الرئيس الأسبوع المقبل بزيارة إلى العاصمة")).toEqual(["036"]);
    expect(kinds("يجري الرئيس غدا محادثات مع نظيره")).toEqual(["036"]);
    expect(kinds("يجري الرئيس محادثات مع نظيره")).toEqual(["040"]); // today's, as told
    expect(kinds("قام الرئيس الأسبوع الماضي بزيارة إلى العاصمة")).toEqual(["042"]);
    expect(kinds("عقد الوزيران اجتماعا في العاصمة")).toEqual(["040"]);
    expect(kinds("الزيارة التي سيقوم بها الرئيس إلى العاصمة")).toEqual(["036"]);
    expect(kinds("الزيارة التي قام بها الرئيس إلى العاصمة")).toEqual(["042"]);
  });

  test("a word of preparing right before an event noun with لـ makes it an event to come (036)", () => {
    expect(kinds("وصل الوفد تمهيدا لزيارة الرئيس")).toEqual(["042", "036"]);
    expect(kinds("في مهمة تمهد لجولة الوزير في المنطقة")).toEqual(["036"]);
    expect(kinds("و التمهيد ل جولة الوزير")).toEqual(["036"]);
    expect(kinds("واصل الوزير التحضير للاجتماع")).toEqual(["036"]);
    expect(kinds("وتستعد لزيارة العاصمة")).toEqual(["036"]);
    expect(kinds("ناقش الوزير التحضير قبل زيارة الرئيس")).toEqual(["042"]); // not right before, not with لـ
  });

  test("a call is a contact noun with its kind, in any number; a speech verb with هاتفيا is an interview", () => {
    expect(kinds("أجرى الرئيس اتصالا هاتفيا بنظيره")).toEqual(["041"]);
    expect(kinds("تلقى الوزير اتصالين هاتفيين من نظيريه")).toEqual(["041"]);
    expect(kinds("و أجرى محادثات هاتفية مع نظيره")).toEqual(["041"]);
    expect(kinds("وأجرى الرئيس مباحثات هاتفية مع نظيره")).toEqual(["041"]);
    expect(kinds("وقال الوزير هاتفيا إن الوضع هادئ")).toEqual([]);
    // With no kind: the indefinite object and whom the call reaches, not a definite or plural contact.
    expect(kinds("وأجرى الرئيس أيضا اتصالا بنظيره الفرنسي")).toEqual(["041"]);
    expect(kinds("وتلقى الوزير اتصالا من نظيره")).toEqual(["041"]);
    expect(kinds("وبحث الوزير الاتصال بالسفارة")).toEqual([]);
    expect(kinds("وتطور الحكومة اتصالات مع الشركات")).toEqual([]);
    expect(kinds("وظل الوزير على اتصالا مع نظيره")).toEqual([]);
  });

  test("a word that only looks like a trigger is not one", () => {
    expect(words("وزارة الخارجية أصدرت بيانا")).toEqual([]); // not و + زار + ه
    expect(words("قال فيصل إن الوضع هادئ")).toEqual([]); // not ف + يصل
    expect(words("التقينا الوزير في مكتبه")).toEqual([]); // a first person: the reporter
    expect(words("وقع الانفجار صباحا")).toEqual([]); // وقع signs only with what is signed after it
    expect(kinds("وقع الوزيران اتفاقية للتعاون")).toEqual(["057"]);
    expect(words("يبحث العلماء في أسباب المرض")).toEqual([]); // بحث is a meeting only with مع
    expect(kinds("يبحث الرئيس خلالها مع نظيره العلاقات")).toEqual(["040"]);
    expect(kinds("بحث الرئيس الروسي فلاديمير بوتين أمس مع وزير الخارجية العلاقات")).toEqual(["040"]);
    expect(kinds("بحث الرئيس في الأزمة، ثم قال إنه متفق مع الحكومة")).toEqual([]);
  });

  test("a signing verb is an agreement with what is signed after the signatories, in the same clause", () => {
    expect(kinds("وقع وزير الخارجية الروسي ونظيره الصيني أمس في العاصمة الروسية اتفاقية للتعاون")).toEqual(["057"]);
    expect(kinds("وأبرم الرئيسان في ختام محادثاتهما المطولة في العاصمة اتفاقا")).toEqual(["057", "040"]);
    expect(kinds("وقع الهجوم في العاصمة، بعد يومين من الاتفاق")).toEqual([]); // another clause
  });

  test("what is signed, then a relative clause taking it back as a pronoun, is an agreement", () => {
    expect(kinds("واتفاقية التعاون التي وقعها الوزيران تشمل الطاقة")).toEqual(["057"]);
    expect(kinds("الاتفاق الذي وقعت ه الحكومتان")).toEqual(["057"]);
    expect(kinds("الاتفاقية الموقعة قبل عامين")).toEqual([]); // no signatory
  });

  test("a meal or reception in someone's honour is a meeting; one in no one's is not", () => {
    expect(kinds("وقال الوزير خلال إفطار أقيم في العاصمة على شرف رئيس الحكومة")).toEqual(["040"]);
    expect(kinds("أقام الملك مأدبة عشاء تكريما للرئيس")).toEqual(["040"]);
    expect(kinds("حضر الوزير حفلا فنيا في العاصمة")).toEqual([]);
  });

  test("several event words in one sentence are several triggers", () => {
    expect(kinds("وصل الوزير إلى العاصمة، والتقى رئيس الحكومة")).toEqual(["042", "040"]);
    expect(kinds("توجه الرئيس بعد لقائه الوزير إلى العاصمة")).toEqual(["042", "040"]);
  });
});

describe("modality", () => {
  test.each([
    ["لم يلتق الوزير نظيره", "يلتق"],
    ["لا نية لعقد اجتماع بين الوزيرين", "اجتماع"],
    ["قال إنه مستعد للقاء نظيره إذا توقف القصف", "للقاء"],
    ["إذا زار الرئيس العاصمة فسيلتقي نظيره", "زار"],
    ["يأمل الرئيس في زيارة العاصمة", "زيارة"],
    ["نفى المتحدث أن يكون الوزير التقى نظيره", "التقى"],
    ["طلب الوزير لقاء الرئيس", "لقاء"],
    ["أعرب الرئيس عن أمله في زيارة العاصمة", "زيارة"],
    ["أبدت الوزيرة رغبتها في لقاء نظيرها", "لقاء"],
    ["ودعاه إلى زيارة العاصمة", "زيارة"],
    ["وكان الرئيس الروسي قد دعا الرئيس الصيني شي جين بينغ إلى زيارة موسكو", "زيارة"],
    ["وتلقى دعوة من الرئيس الروسي فلاديمير بوتين لزيارة موسكو", "لزيارة"],
  ])("not real: %s", (sentence, word) => {
    expect(at(sentence, word)).toBe(true);
  });

  test("a modal word before a preposition of circumstance governs another verb", () => {
    expect(at("طلب الرئيس خلال استقباله الوزير وقف القتال", "استقباله")).toBe(false);
    expect(at("التقى الوزير نظيره", "التقى")).toBe(false);
  });
});

describe("clauses", () => {
  const clauses = (sentence: string) =>
    clausesOf(sentence, triggersIn(sentence)).map((c) => sentence.slice(c.start, c.end).trim());

  test("each event word owns its clause, up to the next break", () => {
    expect(clauses("زار الوزير العاصمة، ثم التقى الرئيس")).toEqual(["زار الوزير العاصمة،", "التقى الرئيس"]);
    expect(clauses("زار الوزير العاصمة والتقى الرئيس")).toEqual(["زار الوزير العاصمة", "والتقى الرئيس"]);
  });

  test("a colon ends a dateline before the event", () => {
    expect(clauses("موسكو - وكالات : التقى الوزير نظيره")).toEqual(["التقى الوزير نظيره"]);
  });

  test("the reporter before أن and after «كما قال», and a quotation, are cut off", () => {
    expect(clauses("أعلن المتحدث أن الوزير التقى نظيره")).toEqual(["الوزير التقى نظيره"]);
    expect(clauses("التقى الوزير نظيره، كما قال المتحدث")).toEqual(["التقى الوزير نظيره،"]);
    expect(clauses("التقى الوزير نظيره وفق ما أفادت الوكالة")).toEqual(["التقى الوزير نظيره"]);
    expect(clauses("التقى الوزير نظيره بعد بيان جاء فيه: «الأمين العام بخير»")).toEqual([
      "التقى الوزير نظيره بعد بيان جاء فيه",
    ]);
  });
});

describe("participants", () => {
  test("a second verb with no subject of its own shares the first one's", () => {
    const records = events("زار وزير الخارجية الروسي سيرغي لافروف بكين، والتقى خلالها بالرئيس الصيني شي جين بينغ.");
    expect(records.map((r) => [r.mode, people(r)])).toEqual([
      ["visit", ["Sergey Lavrov"]],
      [null, ["Sergey Lavrov", "Xi Jinping"]],
    ]);
  });

  test("an event word that makes no event leaves its words to the next one", () => {
    const records = events("وفي ختام القمة كان الرئيس الروسي فلاديمير بوتين قد زار الصين.");
    expect(records.map((r) => [r.mode, people(r), r.location?.text])).toEqual([["visit", ["Vladimir Putin"], "الصين"]]);
  });

  test("a visit's place may follow «إلى دولة»", () => {
    const records = events("بدأ الرئيس الروسي فلاديمير بوتين زيارة إلى دولة الكويت.");
    expect(records.map((r) => r.location?.text)).toEqual(["الكويت"]);
  });

  test("a title the page set beside a name names that person alone; an honorific with a pronoun too", () => {
    const text =
      "وصل رئيس مجلس الدولة الصيني لي تشيانغ إلى موسكو. والتقى رئيس مجلس الدولة أمس في الكرملين بالرئيس الروسي فلاديمير بوتين.";
    expect(events(text).map((r) => [r.mode, people(r)])).toContainEqual([null, ["Li Qiang", "Vladimir Putin"]]);
    const king =
      "وصل جلالة الملك عبدالله الثاني إلى موسكو. وأجرى جلالته اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين.";
    expect(events(king).map((r) => [r.mode, people(r)])).toContainEqual(["phone", ["Abdullah II", "Vladimir Putin"]]);
  });

  test("one official meeting a group (a delegation, ambassadors) is a meeting; one with no one is not", () => {
    const records = events("استقبل الرئيس الروسي فلاديمير بوتين أمس وفدا من رجال الأعمال.");
    expect(records.map((r) => [r.cameo, people(r)])).toEqual([["043", ["Vladimir Putin"]]]);
    expect(events("ترأس الرئيس الروسي فلاديمير بوتين أمس اجتماعا.")).toEqual([]);
  });

  test("one official attending a summit or conference (لحضور مؤتمر، للمشاركة في القمة) meets the others", () => {
    const records = events("وصل الرئيس الروسي فلاديمير بوتين إلى بكين أمس للمشاركة في القمة.");
    expect(records.map((r) => [r.cameo, people(r)])).toEqual([
      ["042", ["Vladimir Putin"]],
      ["040", ["Vladimir Putin"]],
    ]);
    expect(kinds("وصل الوزير لحضور المؤتمر الصحفي")).toEqual(["042"]); // a press conference
    expect(kinds("قمة الدوري بين الفريقين")).toEqual([]); // قمة alone
  });

  test("one official chairing or convening a meeting (برئاسة، بدعوة من) meets the others", () => {
    const chaired = events("عقد أمس في الكرملين اجتماع برئاسة الرئيس الروسي فلاديمير بوتين.");
    expect(chaired.map((r) => [r.cameo, people(r)])).toEqual([["040", ["Vladimir Putin"]]]);
    const convened = events("يعقد غدا اجتماع بدعوة من الرئيس الروسي فلاديمير بوتين.");
    expect(convened.map((r) => [r.cameo, people(r)])).toEqual([["036", ["Vladimir Putin"]]]);
  });

  test("two events of one official at two places are two events", () => {
    const records = events(
      "زار الرئيس الروسي فلاديمير بوتين الصين. واستقبل الرئيس الروسي فلاديمير بوتين في موسكو وفدا.",
    );
    expect(records.map((r) => [r.cameo, r.location?.text])).toEqual([
      ["042", "الصين"],
      ["043", "موسكو"],
    ]);
  });

  test("an announced visit of one official to a place is an announced event (036)", () => {
    const records = events("سيزور الرئيس الروسي فلاديمير بوتين الصين الأسبوع المقبل.");
    expect(records.map((r) => [r.cameo, people(r), r.location?.text])).toEqual([["036", ["Vladimir Putin"], "الصين"]]);
  });

  test("an honorific with a pronoun that several people carry means the one the story is about", () => {
    const text =
      "تلقى سعادة الشيخ حمد بن جاسم بن جبر آل ثاني وزير الخارجية اتصالا هاتفيا من سعادة السيد عمرو موسى. " +
      "كما تلقى سعادته اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين.";
    const records = events(text);
    expect(records.map((r) => r.actors.map((p) => p.entity)[0])).toEqual([
      "person:hamad-bin-jassim",
      "person:hamad-bin-jassim",
    ]);
    expect(people(records[1]!)).toContain("Vladimir Putin");
  });

  test("an official met on the page only, named later by the last word of the name, is that official", () => {
    const text = "وصل وزير الخارجية الموريتاني سامر الحلبي إلى موسكو. وسيلتقي الحلبي غدا الرئيس الروسي فلاديمير بوتين.";
    const announced = events(text).find((r) => r.cameo === "036")!;
    expect(announced.actors[0]!.entity).toMatch(/^new:/);
    expect(people(announced)).toEqual([expect.stringContaining("الحلبي"), "Vladimir Putin"]);
  });

  test("a name the tagger ran on into an event word ends before it", () => {
    const text = "وكان الرئيس الصيني شي جين بينغ التقى الرئيس الروسي فلاديمير بوتين.";
    const tagged = sharedTagger().tag(text);
    const xi = tagged.find((m) => m.latin === "Xi Jinping")!;
    const ranOn = tagged.map((m) =>
      m === xi ? { ...m, end: text.indexOf("التقى") + 5, text: "شي جين بينغ التقى" } : m,
    );
    const records = extractEvents(text, ranOn, packedKb(), { url: "t", title: "", site: "", published: null });
    expect(records.map((r) => [...r.actors, ...r.recipients].map((p) => p.text))).toEqual([
      ["شي جين بينغ", "فلاديمير بوتين"],
    ]);
  });

  test("a plural event noun with two partners is one encounter with each", () => {
    const records = events(
      "تلقى الرئيس الروسي فلاديمير بوتين اتصالين هاتفيين من الرئيس الصيني شي جين بينغ و الرئيس التركي رجب طيب أردوغان.",
    );
    expect(records.map(people)).toEqual([
      ["Vladimir Putin", "Xi Jinping"],
      ["Vladimir Putin", "Recep Tayyip Erdoğan"],
    ]);
  });

  test("a plural title with its nationalities names one office each, kept as an office when no one is found", () => {
    const text = "أجرى الرئيس الروسي فلاديمير بوتين محادثات هاتفية مع رؤساء الوزراء الإيطالي والفنلندي.";
    const records = extractEvents(text, sharedTagger().tag(text), packedKb(), {
      url: "test",
      title: "",
      site: "",
      published: null,
    });
    expect(records.map((r) => r.recipients.map((p) => [p.entity, p.country]))).toEqual([
      [["role:رئيس الوزراء:IT", "IT"]],
      [["role:رئيس الوزراء:FI", "FI"]],
    ]);
  });

  test("an ambassador or an envoy by title alone is kept as his office, with his post", () => {
    const met = events("والتقى وزير الخارجية الروسي سيرغي لافروف السفير الإسرائيلي في موسكو لبحث الأزمة.");
    expect(met.map((r) => [...r.actors, ...r.recipients].map((p) => [p.text, p.entity]))).toEqual([
      [
        ["سيرغي لافروف", "person:lavrov"],
        ["السفير الإسرائيلي في موسكو", "role:السفير:IL"],
      ],
    ]);
    const envoy = events("واستقبل الرئيس الروسي فلاديمير بوتين المبعوث الأمريكي في الكرملين.");
    expect(envoy.map((r) => r.recipients.map((p) => p.entity))).toEqual([["role:المبعوث:US"]]);
    // The post is a place or a body the page names, and it is not where they met.
    const cairo = events("التقى وزير الخارجية الروسي سيرغي لافروف السفير الإسرائيلي لدى موسكو يوم الأحد في القاهرة.");
    expect(cairo.map((r) => [r.recipients[0]?.text, r.location?.text])).toEqual([
      ["السفير الإسرائيلي لدى موسكو", "القاهرة"],
    ]);
    const statement = events("والتقى وزير الخارجية الروسي سيرغي لافروف السفير الأمريكي في تصريح صحفي يوم الأحد.");
    expect(statement.map((r) => r.recipients[0]?.text)).toEqual(["السفير الأمريكي"]);
    // صحيفة السفير: a masculine head with a feminine adjective is a newspaper's name.
    const paper = events("ونقلت صحيفة السفير اللبنانية أن الرئيس الروسي فلاديمير بوتين التقى الرئيس الفرنسي أمس.");
    expect(paper.map(people)).toEqual([["Vladimir Putin", "Emmanuel Macron"]]);
  });

  test("the sender of a message and a principal named after an envoy take no part", () => {
    const sent = events(
      "التقى الرئيس الصيني شي جين بينغ وزير الخارجية الروسي سيرغي لافروف الذي نقل رسالة من الرئيس الروسي فلاديمير بوتين.",
    );
    expect(sent.map(people)).toEqual([["Xi Jinping", "Sergey Lavrov"]]);
  });

  test("a verb's object pronoun (استقبله، التقاه: ى written ا before it) brings in the person it refers to", () => {
    const received = events(
      "وصل وزير الخارجية الروسي سيرغي لافروف إلى بكين. واستقبله الرئيس الصيني شي جين بينغ في قصر الشعب.",
    );
    expect(received.map((r) => [r.cameo, people(r)])).toContainEqual(["043", ["Xi Jinping", "Sergey Lavrov"]]);
    const met = events("وصل وزير الخارجية الروسي سيرغي لافروف إلى بكين. والتقاه الرئيس الصيني شي جين بينغ أمس.");
    expect(met.map((r) => [r.cameo, people(r)])).toContainEqual(["040", ["Xi Jinping", "Sergey Lavrov"]]);
  });

  test("a dual verb or opener with no one named has the two parties of the event before as its subject", () => {
    const met = "التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ في موسكو.";
    const again = events(`${met} واتفقا على اللقاء مجددا في بكين الشهر المقبل.`);
    expect(again.map((r) => [r.cameo, people(r)])).toContainEqual(["036", ["Vladimir Putin", "Xi Jinping"]]);
    expect(events(`${met} وسيلتقيان مجددا في بكين.`).map((r) => r.cameo)).toEqual(["040", "036"]);
    expect(triggersIn("العاصمة التي وصلها أمس")[0]!.dualSubject).toBe(false); // ها is the object, not a dual
    expect(triggersIn("وجاء هذا اللقاء في العاصمة")[0]!.dualSubject).toBe(false);
    // A plural verb has its group subject before it: «وزراء الخارجية العرب يجتمعون غدا».
    expect(events(`${met} وزراء الخارجية العرب يجتمعون غدا في القاهرة.`).map((r) => r.cameo)).toEqual(["040"]);
  });

  test("a counterpart by nationality is read with its pronoun split off, as the corpora write it", () => {
    const records = events("أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع نظير ه الصيني .");
    expect(records.map(people)).toEqual([["Vladimir Putin", "Xi Jinping"]]);
  });

  test("a counterpart by nationality is read before punctuation glued to it, as pages write it", () => {
    const records = events("أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع نظيره الصيني.");
    expect(records.map(people)).toEqual([["Vladimir Putin", "Xi Jinping"]]);
  });

  test("«المسؤول» with a nationality is the latest official of that country named before; nobody when none was", () => {
    const text = "وصل وزير الخارجية الروسي سيرغي لافروف إلى بكين. والتقى المسؤول الروسي أمس الرئيس الصيني شي جين بينغ.";
    expect(events(text).map(people)).toContainEqual(["Sergey Lavrov", "Xi Jinping"]);
    expect(events("والتقى المسؤول الروسي أمس الرئيس الصيني شي جين بينغ.")).toEqual([]);
  });

  test("the signatories of an agreement are its parties", () => {
    const text = "وقع وزير الخارجية الروسي سيرغي لافروف ونظيره الصيني وانغ يي أمس في موسكو اتفاقية للتعاون.";
    expect(events(text).map((r) => [r.cameo, people(r)])).toEqual([["057", ["Sergey Lavrov", "Wang Yi"]]]);
  });

  test("a masdar with its agent after it and «له» is between the agent and the pronoun's referent alone", () => {
    const text =
      "وجه الرئيس الصيني شي جين بينغ رسالة إلى الرئيس التركي رجب طيب أردوغان تسلمها وزير الخارجية الروسي سيرغي لافروف، " +
      "خلال استقبال الرئيس الروسي فلاديمير بوتين له في موسكو.";
    expect(events(text).map(people)).toEqual([["Vladimir Putin", "Sergey Lavrov"]]);
  });

  test("a name before a kin word that names the same official again is the kin's, not the official", () => {
    const text =
      "وصل الرئيس الروسي فلاديمير بوتين إلى موسكو. والتقى الرئيس الصيني شي جين بينغ وزير الخارجية الروسي سيرغي لافروف " +
      "بحضور لودميلا بوتين قرينة الرئيس الروسي فلاديمير بوتين.";
    expect(events(text).map(people)).toContainEqual(["Xi Jinping", "Sergey Lavrov"]);
  });

  test("a negated meeting and a hypothetical one are not recorded", () => {
    expect(events("لم يلتق الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ.")).toEqual([]);
    expect(events("إذا التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ فسيبحثان التجارة.")).toEqual([]);
  });
});
