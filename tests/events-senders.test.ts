/**
 * Who sent a party is no party (issue 15, fourth round: «the sender of a message counted as a
 * participant»), shown by sentences written for this test: anything addressed with من (التهاني من X), an
 * envoy word in the accusative of state with من (موفدا من), acting for someone (نيابة عن، بتكليف من).
 */

import { expect, test } from "vitest";
import { events, people } from "./event-helpers.ts";

test("«موفدا من X»، «مبعوثا من X»: X sent the visitor and takes no part", () => {
  expect(
    events("يزور وزير الخارجية الروسي سيرغي لافروف القاهرة موفدا من الرئيس الروسي فلاديمير بوتين.").map(people),
  ).toEqual([["Sergey Lavrov"]]);
  const sent = events(
    "وصل وزير الخارجية الروسي سيرغي لافروف إلى القاهرة مبعوثا من الرئيس الروسي فلاديمير بوتين والتقى الرئيس المصري عبد الفتاح السيسي.",
  );
  expect(sent.map(people)).toEqual([["Sergey Lavrov"], ["Sergey Lavrov", "Abdel Fattah el-Sisi"]]);
});

test("«نيابة عن X»، «بتكليف من X»: the one acted for takes no part", () => {
  const stead = events(
    "والتقى الرئيس المصري عبد الفتاح السيسي نيابة عن الرئيس الروسي فلاديمير بوتين وزير الخارجية الأمريكي أنتوني بلينكن.",
  );
  expect(stead.map(people)).toEqual([["Abdel Fattah el-Sisi", "Antony Blinken"]]);
  const charged = events(
    "والتقى وزير الخارجية الروسي سيرغي لافروف بتكليف من الرئيس الروسي فلاديمير بوتين وزير الخارجية الأمريكي أنتوني بلينكن.",
  );
  expect(charged.map(people)).toEqual([["Sergey Lavrov", "Antony Blinken"]]);
});

test("an adviser named with «و» is a party of his own", () => {
  const both = events(
    "التقى الرئيس المصري عبد الفتاح السيسي وزير الخارجية الروسي سيرغي لافروف ومستشار الرئيس الروسي يوري أوشاكوف.",
  );
  expect(both.map(people)).toEqual([["Abdel Fattah el-Sisi", "Sergey Lavrov", "Yuri Ushakov"]]);
});

test("anything addressed with «من» names its sender, no party: receiving it is no visit", () => {
  expect(events("واستقبل الرئيس المصري عبد الفتاح السيسي التهاني بعيد الفطر من الرئيس الروسي فلاديمير بوتين.")).toEqual(
    [],
  );
  expect(events("واستقبل الرئيس المصري عبد الفتاح السيسي برقية تهنئة من الرئيس الروسي فلاديمير بوتين.")).toEqual([]);
  // Receiving the sender himself is.
  expect(events("واستقبل الرئيس المصري عبد الفتاح السيسي الرئيس الروسي فلاديمير بوتين.").map(people)).toEqual([
    ["Abdel Fattah el-Sisi", "Vladimir Putin"],
  ]);
});
