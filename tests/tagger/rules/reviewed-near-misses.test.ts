/**
 * Sentences a reviewer wrote against the ninth session's rules (titles.ts's participles and ل-phrases,
 * title-lists.ts's هم/منهم, election-winners.ts, successions.ts, lineage.ts, short-forms.ts, the dual's
 * accusative of a title head): each marked something wrong before its fix.
 */

import { describe, expect, test } from "vitest";
import { sharedTagger } from "../../helpers.ts";

const officials = (text: string) =>
  sharedTagger()
    .tag(text)
    .filter((m) => m.type === "official");
const officialTexts = (text: string) => officials(text).map((m) => m.text);

describe("the ninth session's reviewed near misses", () => {
  test("a ل-phrase or a من/عن/ب-phrase after a title is the verb's when it names a second person", () => {
    expect(officialTexts("وقال وزير الصحة لمراسل الجزيرة أحمد حسن إن المستشفيات ممتلئة.")).toEqual([]);
    const [tebboune] = officials("وتلقى رئيس المجلس من الرئيس عبد المجيد تبون دعوة لزيارة الجزائر.");
    expect(tebboune?.role).toBe("الرئيس");
    expect(officialTexts("وأشاد قائد المنتخب بالحارس محمد الشناوي بعد المباراة.")).toEqual([]);
  });

  test("a team's captain, a firm's director and an organisation's ambassador are no appointed officials", () => {
    expect(officialTexts("ويبقى محمد صلاح قائدا للمنتخب في المباراة المقبلة.")).toEqual([]);
    expect(officialTexts("وقال رجل الأعمال أحمد حسن العلي، الذي عين مستشارين أجانب لشركته، إن السوق واعد.")).toEqual(
      [],
    );
  });

  test("هم after a plural that is another noun's genitive names that noun's people", () => {
    expect(officialTexts("وقتل ثلاثة من مرافقي الوزراء، وهم محمد علي وأحمد حسن وخالد سعيد.")).toEqual([]);
  });

  test("scorers, prize winners and a student's seat are no election winners", () => {
    const scorers =
      "وفاز الوداد على الرجاء بهدفين سجلهما كل من أيمن الحسوني ويحيى جبران، في مباراة أقيمت بعد الانتخابات البلدية.";
    expect(officialTexts(scorers)).toEqual([]);
    expect(officialTexts("وفاز كل من أحمد حسن وسارة علي بجائزة أفضل تغطية صحفية للانتخابات النيابية.")).toEqual([]);
    expect(officialTexts("وفازت الطالبة سارة أحمد بمقعد دراسي في جامعة هارفارد.")).toEqual([]);
  });

  test("a coach's predecessor and a title after خلفا لـ are no officials", () => {
    expect(officialTexts("وعين جوليان ناغلسمان مدربا لمنتخب ألمانيا خلفا لهانزي فليك.")).toEqual([]);
    expect(officialTexts("وجاء تعيين الشيخ أحمد الطيب خلفا لشيخ الأزهر السابق.")).not.toContain("شيخ الأزهر");
  });

  test("ابن after a known name describes him; a father's name and the family name are another man", () => {
    expect(officialTexts("وكرم الشيخ محمد بن راشد ابن الشهيد محمد علي في حفل أقيم بدبي.")).toEqual(["محمد بن راشد"]);
    const father = "وقال المحافظ خالد الطاهر البشير إن الوضع مستقر. وكان الطاهر البشير، والد المحافظ، قد أسس الحزب.";
    expect(officialTexts(father)).toEqual(["خالد الطاهر البشير"]);
  });
});
