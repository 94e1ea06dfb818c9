/**
 * The لـ of purpose after a trip (issue 15, fourth round), shown by sentences written for this test: the
 * event it names takes the trip's subject, and its tense when the trip is to come.
 */

import { describe, expect, test } from "vitest";
import { events, kinds, people } from "./event-helpers.ts";

const codes = (text: string) => events(text).map((r) => [r.cameo, ...people(r)]);

describe("an event noun with the لـ of purpose", () => {
  test("after a trip to come, the talks it is for are to come too", () => {
    expect(kinds("سيتوجه الوزير غدا إلى العاصمة لإجراء محادثات مع نظيره")).toEqual(["036", "036"]);
    expect(kinds("سيتوجه الوزير غدا إلى العاصمة ل إجراء محادثات مع نظيره")).toEqual(["036", "036"]);
    expect(kinds("يصل الوزير غدا إلى العاصمة للقاء نظيره")).toEqual(["036", "036"]);
    // Told as done, they are done.
    expect(kinds("توجه الوزير أمس إلى العاصمة لإجراء محادثات مع نظيره")).toEqual(["042", "040"]);
    // A break between: the talks are another clause's.
    expect(kinds("سيتوجه الوزير غدا إلى العاصمة، فيما أجرى محادثات مع نظيره")).toEqual(["036", "040"]);
  });

  test("its subject is the trip's, its object after it", () => {
    expect(codes("يصل وزير الخارجية الروسي سيرغي لافروف غدا إلى عمان للقاء نظيره الأردني أيمن الصفدي.")).toEqual([
      ["036", "Sergey Lavrov"],
      ["036", "Sergey Lavrov", "Ayman Safadi"],
    ]);
    expect(codes("وصل وزير الخارجية الروسي سيرغي لافروف أمس إلى عمان للقاء نظيره الأردني أيمن الصفدي.")).toEqual([
      ["042", "Sergey Lavrov"],
      ["040", "Sergey Lavrov", "Ayman Safadi"],
    ]);
  });

  test("لقاء starts with ل of its own; after a masdar of preparing, لـ is that masdar's object", () => {
    expect(kinds("سيصل الوزير غدا إلى العاصمة، لقاء الرئيس كان أمس")).toEqual(["036", "040"]);
    const prepared = events(
      "وصل وزير الخارجية الروسي سيرغي لافروف أمس إلى عمان والتمهيد لزيارة الرئيس الصيني شي جين بينغ.",
    );
    expect(prepared.map(people)).not.toContainEqual(["Sergey Lavrov", "Xi Jinping"]);
  });
});
