/**
 * «وآخر مع» (issue 15, fourth round: several events in one sentence), shown by sentences written for this
 * test: «آخر» stands for the event noun left out, a second encounter with the same subject.
 */

import { expect, test } from "vitest";
import { events, kinds, people } from "./event-helpers.ts";

test("«اتصالا مع X وآخر مع Y» is two calls, «لقاء مع X وآخر مع Y» two meetings", () => {
  const calls = events(
    "وأجرى وزير الخارجية الروسي سيرغي لافروف اتصالا هاتفيا مع نظيره الأمريكي أنتوني بلينكن، وآخر مع نظيره الصيني وانغ يي.",
  );
  expect(calls.map(people)).toEqual([
    ["Sergey Lavrov", "Antony Blinken"],
    ["Sergey Lavrov", "Wang Yi"],
  ]);
  const received = events(
    "وتلقى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا من الرئيس الصيني شي جين بينغ وآخر من الرئيس الروسي فلاديمير بوتين.",
  );
  expect(received.map(people)).toEqual([
    ["Abdel Fattah el-Sisi", "Xi Jinping"],
    ["Abdel Fattah el-Sisi", "Vladimir Putin"],
  ]);
  const meetings = events(
    "وعقد الرئيس المصري عبد الفتاح السيسي لقاء مع وزير الخارجية الروسي سيرغي لافروف وآخر مع الرئيس الصيني شي جين بينغ.",
  );
  expect(meetings.map(people)).toEqual([
    ["Abdel Fattah el-Sisi", "Sergey Lavrov"],
    ["Abdel Fattah el-Sisi", "Xi Jinping"],
  ]);
});

test("without «آخر», one singular encounter with everyone in it", () => {
  const one = events(
    "وعقد الرئيس المصري عبد الفتاح السيسي لقاء مع وزير الخارجية الروسي سيرغي لافروف والرئيس الصيني شي جين بينغ.",
  );
  expect(one.map(people)).toEqual([["Abdel Fattah el-Sisi", "Sergey Lavrov", "Xi Jinping"]]);
});

test("«اتصالا آخر بـ Y»: the event noun repeated with «آخر» (another) is a second call, its subject left out", () => {
  const calls = events(
    "وأجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا بنظيره الفرنسي إيمانويل ماكرون، ثم اتصالا آخر بالمستشار الألماني أولاف شولتس.",
  );
  expect(calls.map((r) => [r.cameo, ...people(r)])).toEqual([
    ["041", "Abdel Fattah el-Sisi", "Emmanuel Macron"],
    ["041", "Abdel Fattah el-Sisi", "Olaf Scholz"],
  ]);
  // With no partner after it, «اتصالا آخر» calls no one.
  expect(kinds("وقال إنه ينتظر اتصالا آخر في الأيام المقبلة.")).toEqual([]);
});
