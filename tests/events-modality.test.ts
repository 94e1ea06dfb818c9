/**
 * Modality of the event extractor's fourth round (issue 15, Build 5), each form shown by sentences written
 * for this test: likelihood denied (من غير المتوقع، من المستبعد), «قد» before the imperfect, conditions,
 * appeals, postponing and cancelling in the fifth form and the passive.
 */

import { describe, expect, test } from "vitest";
import { events, people, unrealAt as at } from "./event-helpers.ts";

describe("not real", () => {
  test.each([
    ["من غير المتوقع أن يزور الرئيس العاصمة", "يزور"],
    ["ومن غير المقرر أن يلتقي الوزير نظيره", "يلتقي"],
    ["من غير المرجح أن يلتقي الوزيران قريبا", "يلتقي"],
    ["من المستبعد أن يلتقي الوزير نظيره", "يلتقي"],
    ["قد يلتقي الرئيس نظيره على هامش القمة", "يلتقي"],
    ["وقد يكون الوزير التقى نظيره سرا", "التقى"],
    ["اشترط الرئيس لعقد لقاء مع نظيره وقف القتال", "لقاء"],
    ["وقبل المشاركة شريطة أن يلتقي الوزير نظيره علنا", "يلتقي"],
    ["ناشد البرلمان الرئيس زيارة المدينة المنكوبة", "زيارة"],
    ["تأجلت زيارة الرئيس إلى العاصمة", "زيارة"],
    ["ألغيت زيارة الوزير إلى العاصمة", "زيارة"],
  ])("%s", (sentence, word) => {
    expect(at(sentence, word)).toBe(true);
  });
});

describe("real", () => {
  test.each([
    // قد before the perfect: «has met», told as done; ت opens the fifth form's perfect too.
    ["وكان الرئيس قد التقى نظيره أمس", "التقى"],
    ["وكان الوزير قد توجه إلى العاصمة أمس", "توجه"],
    ["وكان الوزير قد تلقى اتصالا هاتفيا من نظيره", "اتصالا"],
    // «غير أن» is «however»: the meeting after it is told.
    ["غير أن الرئيس التقى نظيره أمس", "التقى"],
    ["وزار الرئيس مقر الشرطة في العاصمة", "زار"],
    ["ومن المتوقع أن يلتقي الوزير نظيره غدا", "يلتقي"],
  ])("%s", (sentence, word) => {
    expect(at(sentence, word)).toBe(false);
  });

  test("a meeting «قد» told as done keeps its people; one that only may happen is no record", () => {
    const done = events("وكان الرئيس الصيني شي جين بينغ قد التقى الرئيس الأمريكي جو بايدن على هامش القمة.");
    expect(done.map(people)).toEqual([["Xi Jinping", "Joe Biden"]]);
    expect(events("قد يلتقي الرئيس الصيني شي جين بينغ الرئيس الأمريكي جو بايدن على هامش القمة.")).toEqual([]);
    expect(events("من غير المتوقع أن يزور الرئيس الأمريكي جو بايدن بكين.")).toEqual([]);
  });
});

test("a condition after the event word, in its clause, makes it hypothetical; «ما إذا» (whether) does not", () => {
  expect(events("ويلتقي الرئيس الفرنسي إيمانويل ماكرون نظيره الجزائري عبد المجيد تبون إذا سمحت الظروف بذلك.")).toEqual(
    [],
  );
  expect(events("وسيزور الرئيس الفرنسي إيمانويل ماكرون الجزائر في حال تحسنت العلاقات بين البلدين.")).toEqual([]);
  expect(
    events(
      "والتقى الرئيس الفرنسي إيمانويل ماكرون نظيره الجزائري عبد المجيد تبون لبحث ما إذا كانت العلاقات ستتحسن.",
    ).map(people),
  ).toEqual([["Emmanuel Macron", "Abdelmadjid Tebboune"]]);
  // A condition in another clause, after the reporter's verb, is what was said, not the meeting's.
  expect(
    events(
      "والتقى الرئيس الفرنسي إيمانويل ماكرون نظيره الجزائري عبد المجيد تبون أمس، وقال إن العلاقات ستتحسن إذا توفرت الإرادة.",
    ).map(people),
  ).toEqual([["Emmanuel Macron", "Abdelmadjid Tebboune"]]);
});
