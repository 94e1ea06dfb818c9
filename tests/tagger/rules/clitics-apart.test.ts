/**
 * Text a clitic segmenter has passed over, as the annotated corpora are written: و، ب، ل and the
 * pronouns stand apart (و قال، ل رئاسة، نائبت ه). The rules read them as if glued.
 * tests/behaviour/segmented.json holds the templates' forms; these are the constructions they lack.
 */

import { describe, expect, test } from "vitest";
import { marks } from "../../helpers.ts";

const officials = (text: string) =>
  marks(text)
    .filter((m) => m.startsWith("official:"))
    .map((m) => m.split(":")[1]);

describe("clitics written apart", () => {
  test("a feminine title's stem before its pronoun (نائبت ه، رئيست ه)", () => {
    expect(officials("وقالت إن نائبت ه للشؤون الإنسانية سلمى قطيشات تشرف على المراكز")).toEqual(["سلمى قطيشات"]);
    expect(officials("و أكد أن رئيست ه سلمى قطيشات ستزور المدينة")).toEqual(["سلمى قطيشات"]);
  });

  test("ل and its noun after an office's adjective (الأمين العام ل رئاسة الجمهورية)", () => {
    expect(officials("و قال الأمين العام ل رئاسة الجمهورية سامر موسى قطيشات إن الوفد وصل")).toEqual([
      "سامر موسى قطيشات",
    ]);
    expect(officials("و أكد رئيس اللجنة الوطنية ل مراقبة الانتخابات سامر قطيشات أن الطعون وصلت")).toEqual([
      "سامر قطيشات",
    ]);
  });

  test("و inside the places or the offices of a dual title (في تونس و ليبيا، لبنان و اليمن)", () => {
    expect(officials("و عقد وزيرا الداخلية في تونس و ليبيا، سامر قطيشات و فراس الزنتاني، اجتماعا")).toEqual([
      "سامر قطيشات",
      "فراس الزنتاني",
    ]);
    expect(officials("و قال مندوبا لبنان و اليمن سامر قطيشات و فراس الزنتاني إن الموقف واحد")).toEqual([
      "سامر قطيشات",
      "فراس الزنتاني",
    ]);
    expect(officials("و حضر الاجتماع مفوضا العودة الطوعية و إعادة الإعمار، سامر قطيشات و فراس الزنتاني.")).toEqual([
      "سامر قطيشات",
      "فراس الزنتاني",
    ]);
  });
});

describe("numbered titles", () => {
  test("a dual title in construct is no one-word name (الرئيس سفيري كوبا)", () => {
    expect(officials("وسيستقبل الرئيس سفيري كوبا والهند الجديدين سامر قطيشات وفراس الزنتاني")).toEqual([
      "سامر قطيشات",
      "فراس الزنتاني",
    ]);
    // A known name spelt like one is still the name.
    expect(officials("و التقى الرئيس الإيراني إبراهيم رئيسي نظيره")).toEqual(["إبراهيم رئيسي"]);
  });
});
