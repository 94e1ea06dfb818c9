/** src/tagger/rules/kb-matches.ts: knowledge-base matches, also of names a segmenter split in two. */

import { describe, expect, test } from "vitest";
import { compiledKb, marks, rulesOnlyTagger } from "../../helpers.ts";

describe("knowledge-base matches", () => {
  test("a known official and a known place, with the official's role from the title before him", () => {
    expect(marks("وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة صباح اليوم")).toEqual([
      "official:إيمانويل ماكرون:person:macron",
      "place:القاهرة:city:cairo",
    ]);
  });

  test("a known name the page goes on with family words is the whole name; a plural is no family", () => {
    // The KB writes Jaber al-Mubarak in two words; the page gives his family chain.
    expect(marks("وقدم النائب استجوابا إلى الشيخ جابر المبارك الحمد الصباح بشأن الإسكان")).toEqual([
      "official:جابر المبارك الحمد الصباح:person:jaber-mubarak",
    ]);
    // A longer name than the KB's own is someone the KB does not know.
    expect(marks("وقال المحامي سامر الطراونة إن نوري المالكي الشمري حضر الجلسة")).toContain(
      "official:نوري المالكي الشمري:new:نوري المالكي الشمري",
    );
    expect(marks("ودعا الرئيس علي عبد الله صالح الحوثيين إلى الحوار")).toEqual([
      "official:علي عبد الله صالح:person:saleh-ye",
    ]);
  });

  test("a first name read under ك is not «like» a country: كلاوس is not Laos", () => {
    expect(marks("قال السفير كلاوس ايبرمان إن المفاوضات مستمرة")).toEqual(["official:كلاوس ايبرمان:new:كلاوس ايبرمان"]);
  });

  test("«الأراضي الفلسطينية» is a description, not a name; Palestine is فلسطين", () => {
    expect(marks("فرضت إسرائيل الحصار على الأراضي الفلسطينية")).toEqual(["place:إسرائيل:country:IL"]);
    expect(compiledKb().entities.find((e) => e.id === "country:PS")?.ar).toBe("فلسطين");
  });

  test("rivers, mountains, deserts, historical lands and former states are known places, not guesses", () => {
    const text =
      "عبرت القوافل الربع الخالي إلى خراسان وبلاد فارس. ويصب نهر الدانوب في البحر الأسود، وتمتد جبال الأطلس في المغرب. وأقاموا مملكة سبأ. وقامت الجمهورية العربية المتحدة عام 1958.";
    expect(marks(text).map((m) => m.split(":").slice(2).join(":"))).toEqual([
      "region:empty-quarter",
      "region:khorasan",
      "region:persia",
      "sea:danube",
      "sea:black-sea",
      "region:atlas-mountains",
      "country:MA",
      "region:sheba",
      "region:united-arab-republic",
    ]);
  });

  test("rulers of history are known officials, and Chiang Kai-shek is not Li Qiang's «تشيانغ»", () => {
    const text = "ازدهرت بغداد في عهد هارون الرشيد، وتولى السلطان قلاوون الحكم، ثم حكم تشيانغ كاي شيك تايوان.";
    const ids = marks(text)
      .filter((m) => m.startsWith("official"))
      .map((m) => m.split(":").slice(2).join(":"));
    expect(ids).toEqual(["person:harun-al-rashid", "person:qalawun", "person:chiang-kai-shek"]);
  });

  test("«بلاد» stays outside a place named by itself", () => {
    expect(marks("وصلت القوافل إلى بلاد الشام")).toEqual(["place:الشام:region:levant"]);
  });

  test("a city places.tsv lists is not also GeoNames': البلاء is a calamity, not an alternate name of Jerusalem", () => {
    expect(marks("أصاب البلاء أهل القدس")).toEqual(["place:القدس:city:jerusalem"]);
    // Nor are the everyday words GeoNames gives as other names of a city (common-words-extra.txt).
    expect(marks("عاش في أمان وتحدث عنها ككائن حي، وقال سالم إن المتهم مدان")).toEqual([]);
    expect(marks("ونشرت الصحيفة الخبر أمس، وقال الهادي إن الأسهم تراجعت في بورصة")).toEqual([]);
  });

  test("a name that a word segmenter split in two is still the name", () => {
    expect(marks("حث الأمين العام ا سرائيل على الانسحاب")).toEqual(["place:ا سرائيل:country:IL"]);
    expect(marks("وفي عام 1968 التقى ف يديل كاسترو الوفد")).toEqual(["official:ف يديل كاسترو:person:castro-fidel"]);
    expect(marks("وقع انفجار ب عقوبة امس", rulesOnlyTagger()).map((m) => m.split(":").slice(0, 2).join(":"))).toEqual([
      "place:ب عقوبة",
    ]);
    expect(marks("وصل الوفد الى بل غاريا امس")).toEqual(["place:بل غاريا:country:BG"]);
    expect(marks("قال ما لي و ما لك")).toEqual([]);
  });

  test("a division word before a known place stays outside its mention (محافظة الأنبار is marked الأنبار)", () => {
    expect(marks("وقعت اشتباكات في محافظة الأنبار غرب العراق")).toEqual([
      "place:الأنبار:province:IQ-AN",
      "place:العراق:country:IQ",
    ]);
    expect(marks("قتل جنديان في ولاية هلمند جنوب أفغانستان")).toEqual([
      "place:هلمند:province:AF-HEL",
      "place:أفغانستان:country:AF",
    ]);
  });

  test("a state named with a head keeps it: جزر القمر is the country, where جزيرة جاوة is marked جاوة", () => {
    expect(marks("ووصل الرئيس إلى جزر القمر في زيارة رسمية")).toEqual(["place:جزر القمر:country:KM"]);
    expect(marks("وضرب الزلزال جزيرة جاوة")).toEqual(["place:جاوة:province:java"]);
  });

  test("a given name is never read through a proclitic (كريم is no ك + ريم)", () => {
    expect(marks("وحضر اللقاء كريم الهاشمي وزير المالية").filter((m) => m.includes("reem"))).toEqual([]);
  });
  test("a known short form opening with «son of» after a given name is that name's father (سالم بن علي is not Ben Ali)", () => {
    expect(marks("وقال سالم بن علي إن الاجتماع تأجل")).toEqual([]);
    expect(marks("وأصدر الملك أمرا بتعيين سامي بن علي الحارثي محافظا لمحافظة القطيف")).toEqual([
      "official:سامي بن علي الحارثي:new:سامي بن علي الحارثي",
      "place:القطيف:city:qatif",
    ]);
    // After a title, and in his full name, it is still Ben Ali.
    expect(marks("وقال الرئيس بن علي إن الانتخابات ستجري في موعدها")).toEqual(["official:بن علي:person:ben-ali"]);
    expect(marks("واستقبل الرئيس زين العابدين بن علي الوفد")).toEqual(["official:زين العابدين بن علي:person:ben-ali"]);
  });

  test("a Persian family name's last word after another name word is that name's, not the official known by it alone", () => {
    // نجاد alone is Ahmadinejad in the KB; قاسمي نجاد is someone else.
    expect(marks("وقال قائد الشرطة العميد حسين قاسمي نجاد إن الوضع هادئ. وأكد قاسمي نجاد أن قواته انتشرت")).toEqual([
      "official:حسين قاسمي نجاد:new:حسين قاسمي نجاد",
      "official:قاسمي نجاد:new:حسين قاسمي نجاد",
    ]);
    // ولي is a title word and a given name: before زاده it is the name's.
    expect(marks("وقال المحافظ بالوكالة رسول ولي زاده إن المشاركة واسعة")).toEqual([
      "official:رسول ولي زاده:new:رسول ولي زاده",
    ]);
    // After a verb that is also a given name (عاد), نجاد is still Ahmadinejad.
    expect(marks("وقال الرئيس الإيراني محمود أحمدي نجاد إن بلاده صامدة، ثم عاد نجاد ليؤكد ذلك")).toEqual([
      "official:محمود أحمدي نجاد:person:ahmadinejad",
      "official:نجاد:person:ahmadinejad",
    ]);
    expect(marks("وقال الرئيس الإيراني محمود أحمدي نجاد إن بلاده صامدة، وعاد نجاد ليؤكد ذلك")).toHaveLength(2);
  });
});
