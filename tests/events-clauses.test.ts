/**
 * The clause of an event (issue 15, fifth round: «a reporter's own trip given to an official named
 * nearby»; «place and date of each event from its own clause»), shown by sentences written for this
 * test: «، وكان» opens a new main clause, so what stands before it is not the event's.
 */

import { expect, test } from "vitest";
import { events, people } from "./event-helpers.ts";

test("a reporter's trip and its date, before «، وكان», are not the next event's", () => {
  const [received, ...rest] = events(
    "وقلت للوزير حين زرت دمشق الأسبوع الماضي إن الوضع صعب، وكان وزير الخارجية السوري فيصل المقداد قد استقبل وفدا أمميا.",
  );
  expect(rest).toEqual([]);
  expect([people(received!), received!.location, received!.date]).toEqual([["Faisal Mekdad"], null, null]);
});

test("after the event word, «، وكانت» ends its clause: the place told there is another happening's", () => {
  const [met, ...rest] = events(
    "والتقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني وانغ يي، وكانت الصين قد أعلنت عن خطتها للسلام.",
  );
  expect(rest).toEqual([]);
  expect([people(met!), met!.location]).toEqual([["Sergey Lavrov", "Wang Yi"], null]);
});
