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

  test("و apart before a past verb opens a clause, no name (و أدى اليمين محافظ …)", () => {
    expect(officials("و أدى اليمين محافظ الإسكندرية الجديد سامر قطيشات")).toEqual(["سامر قطيشات"]);
  });

  test("ب or ل apart before a known body or a division goes on with the title", () => {
    expect(officials("و قال أمين سر المجلس الثوري ل حركة فتح سامر قطيشات إن القيادة مجتمعة")).toEqual(["سامر قطيشات"]);
    expect(officials("و قالت مديرة التضامن الاجتماعي ب المحافظة، سلمى قطيشات، إن العقود وقعت")).toEqual([
      "سلمى قطيشات",
    ]);
  });

  test("lists of winners and of appointments, and a predecessor after خلفا ل", () => {
    expect(officials("و فاز في الدائرة الخامسة كل من سامر قطيشات و فراس الزنتاني، و جميع هم من المستقلين")).toEqual([
      "سامر قطيشات",
      "فراس الزنتاني",
    ]);
    // The seat's phrase counts words, not the clitics written apart (في ها، ب المقاعد، ل مدينة).
    const seats =
      "و فاز في ها ب المقاعد السبعة المخصصة ل مدينة الرياض كل من سامر بن سعد القحطاني و فراس بن علي الزنتاني.";
    expect(officials(seats)).toEqual(["سامر بن سعد القحطاني", "فراس بن علي الزنتاني"]);
    expect(officials("و فاز الفريق ب هدفين سجل هما كل من سامر قطيشات و فراس الزنتاني.")).toEqual([]);
    const appointed =
      "و عين الملك كلا من سامر بن سعد القحطاني رئيسا ل هيئة الرقابة، و فراس بن علي الزنتاني نائبا ل وزير الداخلية";
    expect(officials(appointed)).toEqual(["سامر بن سعد القحطاني", "فراس بن علي الزنتاني"]);
    expect(officials("و أدى محافظ الإسكندرية الجديد سامر قطيشات القسم، خلفا ل فراس عيسى الزنتاني")).toEqual([
      "سامر قطيشات",
      "فراس عيسى الزنتاني",
    ]);
    // A coach's predecessor is no official, apart as glued.
    expect(officials("و عين النادي سامر قطيشات مدربا ل الفريق خلفا ل فراس عيسى الزنتاني")).toEqual([]);
  });
});

describe("a pronoun written apart", () => {
  test("ends a name: the word before it is a noun or a verb with its pronoun (لثني ه، بدور ه)", () => {
    expect(officials("و فشلت المحاولات مع الرئيس سامر قطيشات لثني ه عن قراره")).toEqual(["سامر قطيشات"]);
    expect(officials("و يقوم رئيس الحكومة سامر قطيشات بدور ه في الوساطة")).toEqual(["سامر قطيشات"]);
    expect(officials("و التقى الوزير سامر قطيشات نظير ه الأردني")).toEqual(["سامر قطيشات"]);
  });
});

describe("numbered titles", () => {
  test("a dual title in construct is no one-word name (الرئيس سفيري كوبا)", () => {
    expect(officials("وسيستقبل الرئيس سفيري كوبا والهند الجديدين سامر قطيشات وفراس الزنتاني")).toEqual([
      "سامر قطيشات",
      "فراس الزنتاني",
    ]);
    // A known name spelt like one is still the name, and later in a name it is a family name.
    expect(officials("و التقى الرئيس الإيراني إبراهيم رئيسي نظيره")).toEqual(["إبراهيم رئيسي"]);
    expect(officials("وقال وزير الداخلية كمال سفيري إن الأمن مستتب")).toEqual(["كمال سفيري"]);
    expect(officials("وقال النائب حسين أميني إن الحكومة ستسقط")).toEqual(["حسين أميني"]);
  });
});
