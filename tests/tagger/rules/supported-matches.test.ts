/** src/tagger/rules/supported-matches.ts: short forms and names that are also words, when the page supports them. */

import { describe, expect, test } from "vitest";
import { marks, rulesOnlyTagger, sharedTagger, byRules, officialMarks } from "../../helpers.ts";

/** The rules alone: the learned filter may drop a mention for other reasons. */
const officialsByRules = (text: string) => byRules(text, "official", "entity");

describe("matches that need support", () => {
  test("a short form after the full name is the same person, as coreference", () => {
    const [, later] = rulesOnlyTagger().tag("وأكد الرئيس الأمريكي جو بايدن أن بلاده ملتزمة. وأضاف بايدن أن");
    expect(later).toMatchObject({ text: "بايدن", entity: "person:biden", evidence: "coreference" });
  });

  test("a sure short form is the official between a verb and a noun, or before his description", () => {
    // رئيس is also a given name; يتسلم is a verb's present (تسلم), no first name.
    expect(officialsByRules("وحمّل شيراك رئيس الوزراء البريطاني مسؤولية الفشل")).toEqual(["شيراك:person:chirac"]);
    expect(officialsByRules("قبل أن يتسلم ترامب مهامه رسميا")).toEqual(["ترامب:person:trump"]);
    // A given name after it still makes it someone else's name.
    expect(officialsByRules("وقال المحلل بلير محمد إن")).toEqual([]);
    // But not بأن (normalised بان, a given name too), nor a verb of two letters before it (ردّ).
    expect(officialsByRules("فيما رد بلير بأن الميزانية يجب أن تخفض")).toEqual(["بلير:person:blair"]);
  });

  test("after a verb, a given name that is a leader's short form is that leader where the page names his compatriots", () => {
    const haniyeh = "بمشاركة رئيس الوزراء إسماعيل هنية ووزير الداخلية سعيد صيام";
    expect(officialsByRules(`وترأس عباس اجتماعا طارئا لمجلس الأمن القومي ${haniyeh}.`)).toContain("عباس:person:abbas");
    // No compatriot on the page, a word after it that goes on with a name, a common word: nobody.
    expect(officialsByRules("وترأس عباس اجتماعا طارئا للجنة الحي.")).toEqual([]);
    expect(officialsByRules(`وقال عباس كامل إن الجلسة انتهت، ${haniyeh}.`)).not.toContain("عباس:person:abbas");
    expect(officialsByRules("وأكد كل من الرئيس رجب طيب أردوغان ونظيره ضرورة التهدئة")).not.toContain("كل:person:gul");
  });

  test("a title fits the official only by its head or its country: «الملك هو» is not Hu Jintao", () => {
    expect(officialMarks("وقال الملك هو الذي قرر")).toEqual([]);
    expect(officialMarks("استقبل الرئيس الصيني هو جين تاو نظيره")).toEqual(["official:هو جين تاو:person:hu-jintao"]);
  });

  test("of several namesakes the title supports the one whose office and country it names", () => {
    expect(officialMarks("وقال رئيس الوزراء العراقي المالكي إن الانتخابات ستجرى في موعدها")).toEqual([
      "official:المالكي:person:maliki",
    ]);
  });

  test("a title that cannot be the KB namesake's still marks an official, someone the KB does not know", () => {
    // The KB's جيمس جونز is a US national security adviser; «الجنرال» fits none of his roles.
    expect(marks("قال قائد القوات الجنرال جيمس جونز إن")).toEqual(["official:جيمس جونز:new:جيمس جونز"]);
  });

  test("after a title and before a family name, a given name that is only a weak form of a place is a person's", () => {
    // ريم is a given name and, needing the page's support, only a possible form of Rome's name.
    expect(byRules("وقالت وزيرة الصحة ريم الحسن إن الحملة ستبدأ", "official")).toEqual(["ريم الحسن"]);
    expect(byRules("وأعلنت النائبة ريم قطيشات أنها ستصوت ضد الموازنة", "official")).toEqual(["ريم قطيشات"]);
    // Alone it is neither a person nor Rome; a place's full name inside a title stays the title's.
    expect(marks("وزار الوفد ريم")).toEqual([]);
    expect(marks("وقال سفير روما الجديد إن العلاقات جيدة").map((m) => m.split(":").slice(0, 2).join(":"))).toEqual([
      "place:روما",
    ]);
  });

  test("a place whose name is a common word is the place only right after a settlement word", () => {
    const text = "ولد في مدينة بورصة التركية. وارتفعت بورصة لندن أمس";
    expect(marks(text).map((m) => m.split(":").slice(0, 2).join(":"))).toEqual(["place:بورصة", "place:لندن"]);
    expect(marks(text)[0]).toMatch(/^place:بورصة:city:gn\d+$/);
    // Not by the page's other mentions either: Bursa named as بورسا does not make «بورصة» the city.
    const both = marks("زار الوفد بورسا ثم تراجعت بورصة إسطنبول");
    expect(both.map((m) => m.split(":")[1])).toEqual(["بورسا", "إسطنبول"]);
  });

  test("or right after a governor's title, whose place it is; a settlement word there heads the name", () => {
    const places = (text: string) => marks(text).filter((m) => m.startsWith("place"));
    expect(places("وقال محافظ صعدة إن الطريق فتح").map((m) => m.split(":")[1])).toEqual(["صعدة"]);
    expect(places("وقال عمدة مدينة بوردو إن الطريق فتح").map((m) => m.split(":")[1])).toEqual(["بوردو"]);
    expect(places("وصعدة الجبل كانت صعبة")).toEqual([]);
  });

  test("a town named like a disease (كورونا) is the town only right after a settlement word", () => {
    expect(marks("وفرضت السلطات قيوداً جديدة لمواجهة كورونا")).toEqual([]);
    expect(marks("وزار الرئيس مدينة كورونا في كاليفورنيا").map((m) => m.split(":")[1])).toEqual([
      "كورونا",
      "كاليفورنيا",
    ]);
  });

  test("a KB short form that is also an ordinary word (صيام «fasting») needs the full name or a title", () => {
    expect(officialsByRules("وأكدت دار الإفتاء أن صيام المصريين يبدأ الأحد")).toEqual([]);
    const text = "قال الرئيس الباكستاني برويز مشرف إن بلاده مستعدة، وأضاف مشرف أن الحوار مستمر.";
    expect(officialsByRules(text)).toEqual(["برويز مشرف:person:musharraf", "مشرف:person:musharraf"]);
  });

  test("an office the page names supports the short form of the official who held it", () => {
    expect(officialsByRules("وقال أنان في تصريحات إن القرار مهم")).toEqual([]);
    const text = "دان الأمين العام للأمم المتحدة استخدام القنابل. وقال أنان في تصريحات إن القرار مهم";
    expect(officialsByRules(text)).toEqual(["أنان:person:annan"]);
    // The office must be the official's and of his country: «رئيس الوزراء» alone names no one.
    expect(officialsByRules("قال رئيس الوزراء إن القرار مهم. وقال أنان في تصريحات")).toEqual([]);
  });

  test("a KB surname after another first name is someone else (سيباستيان باول is not Colin Powell)", () => {
    expect(officialMarks("قام سيباستيان باول بزيارة صحفية إلى القاهرة")).toEqual([]);
    expect(officialMarks("وقال باول إن المفاوضات مستمرة").map((m) => m.split(":")[2])).toEqual(["person"]);
  });

  test("one page, one person: a known short form read once is that person again later, after any word", () => {
    const found = sharedTagger()
      .tag("وصل بوتين إلى بكين، ثم امتدح بوتين نتائج القمة")
      .filter((m) => m.type === "official")
      .map((m) => m.entity);
    expect(found).toEqual(["person:putin", "person:putin"]);
  });

  test("a short form that is a given name opens someone else's longer name, also through بن", () => {
    // «خالد» is a KB official's short form (Asadullah Khalid); the page names another Khalid in full.
    const text = "قال وزير المالية خالد بن سالم الحارثي إن العجز تراجع. وأكد خالد أن الدين مستقر";
    expect(officialsByRules(text)).toEqual(["خالد بن سالم الحارثي:new:خالد بن سالم الحارثي"]);
  });

  test("a capital named inside other names in Wikipedia (ريال مدريد، اتفاقية هلسنكي) is no common word", () => {
    const text = "وعقد الاجتماع في هلسنكي ثم انتقل الوفد إلى كوبنهاغن ومدريد";
    expect(marks(text).map((m) => m.split(":").slice(0, 2).join(":"))).toEqual([
      "place:هلسنكي",
      "place:كوبنهاغن",
      "place:مدريد",
    ]);
  });

  test("a town named by a word is a place when و joins it to a town of the same country", () => {
    const towns = (text: string) => byRules(text, "place");
    expect(towns("وتفقد الوزير أراك وتبريز بعد الزلزال")).toEqual(["أراك", "تبريز"]);
    expect(towns("وتفقد الوزير تبريز وأراك بعد الزلزال")).toEqual(["تبريز", "أراك"]);
    // Alone, or beside a town of another country, it is the word «I see you».
    expect(towns("قال إنه أراك أمس")).toEqual([]);
    expect(towns("وزار الوفد بغداد وأراك")).toEqual(["بغداد"]);
  });

  test("a state named by a word is a place when و joins it to another state (لبنان ومالي)", () => {
    const places = (text: string) => byRules(text, "place");
    expect(places("وبحث اللقاء تطورات الأوضاع في سوريا ولبنان ومالي")).toEqual(["سوريا", "لبنان", "مالي"]);
    // The adjective «financial» beside a state is no state.
    expect(places("وقال إن الوضع المالي ولبنان في خطر")).toEqual(["لبنان"]);
  });

  test("a short form that is a title word opens the next title after a title, not its holder", () => {
    // عبد العظيم وزير (an Egyptian governor) is «وزير» for short; after «الرئيس المصري» it is a minister.
    expect(officialMarks("واستقبل الرئيس المصري وزير الداخلية العراقي في القاهرة")).toEqual([]);
  });
});
