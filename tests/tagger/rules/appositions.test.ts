/**
 * An official named between two commas after a speaker's title phrase that the title reader does not
 * read to its end (src/tagger/rules/appositions.ts). Sentences and names written here.
 */

import { describe, expect, test } from "vitest";
import { marks } from "../../helpers.ts";

const officials = (text: string) =>
  marks(text)
    .filter((m) => m.startsWith("official:"))
    .map((m) => m.split(":")[1]);

describe("a name in apposition to a speaker's title phrase", () => {
  test("after the words of the phrase the title reader leaves (للشؤون الإنسانية)", () => {
    expect(officials("وقال نائب كوفالينكو للشؤون الإنسانية، ميروسلاف تكاتشينكو، إن المسنين رفضوا المغادرة.")).toEqual([
      "ميروسلاف تكاتشينكو",
    ]);
  });

  test("not past the particle of the speech, a verb, a noun with its pronoun or an everyday noun: the name is theirs", () => {
    expect(officials("وقال رئيس الوزراء إن المتهم، سامر فؤاد حداد، اعترف بالجريمة.")).toEqual([]);
    expect(officials("وقال وزير الداخلية إنه التقى المعارض البارز، سامر فؤاد حداد، في باريس.")).toEqual([]);
    expect(officials("وقال وزير الصحة لمراسلنا في العاصمة، مازن توفيق الشامي، إن الوباء انحسر.")).toEqual([]);
    expect(officials("وأعلن وزير الداخلية مقتل المطلوب الخطير، سامر فؤاد حداد، في اشتباك مسلح.")).toEqual([]);
    expect(officials("وقال وزير الداخلية عن المتهم، سامر فؤاد حداد، إنه سيحاكم.")).toEqual([]);
  });

  test("after an honorific, the name only (المهندس)", () => {
    expect(officials("وقال وزير التخطيط العمراني بالإقليم، المهندس حامد النور بشارة، إن الخطة جاهزة.")).toContain(
      "حامد النور بشارة",
    );
  });

  test("not after a private title, nor words that are no name, nor a phrase too long to be the title's", () => {
    expect(officials("وقال رئيس النادي الرياضي في المدينة، ميروسلاف تكاتشينكو، إن الفريق جاهز.")).toEqual([]);
    expect(officials("وقال مدير التسويق في الشركة الوطنية، ماريون دوشان، إن الأرباح ارتفعت.")).toEqual([]);
    expect(officials("وقالت نائبة رئيس بلدية كان المكلفة بالنقل، في مؤتمر صحفي، إن الحافلات زادت.")).toEqual([]);
    expect(
      officials(
        "وقالت نائبة رئيس بلدية كان المكلفة بالنقل والسير في الأحياء الشمالية القديمة، ماريون دوشان، إن الحافلات زادت.",
      ),
    ).toEqual([]);
  });
});
