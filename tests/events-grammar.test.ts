/**
 * Grammatical patterns of the event extractor's third round (issue 15), each shown by sentences written
 * for this test (never taken from the corpora): encounters told one after another or each apart, who a
 * relative clause's verb belongs to, titles the page set beside a name, reaching instead of arriving, and
 * the fields of modality.
 */

import { describe, expect, test } from "vitest";
import { events, kinds, people, unrealAt as at } from "./event-helpers.ts";

describe("several encounters told with one event word", () => {
  test("«ثم» before the next partner, the verb left out, is a second meeting with the same subject", () => {
    const records = events(
      "التقى وزير الخارجية الروسي سيرغي لافروف الرئيس الصيني شي جين بينغ ثم رئيس الوزراء الصيني لي تشيانغ.",
    );
    expect(records.map(people)).toEqual([
      ["Sergey Lavrov", "Xi Jinping"],
      ["Sergey Lavrov", "Li Qiang"],
    ]);
    const comma = events(
      "التقى وزير الخارجية الروسي سيرغي لافروف الرئيس الصيني شي جين بينغ، وبعد ذلك رئيس الوزراء الصيني لي تشيانغ.",
    );
    expect(comma.map(people)).toEqual([
      ["Sergey Lavrov", "Xi Jinping"],
      ["Sergey Lavrov", "Li Qiang"],
    ]);
  });

  test("what follows «ثم» tells something else when a verb opens it", () => {
    const records = events(
      "التقى وزير الخارجية الروسي سيرغي لافروف الرئيس الصيني شي جين بينغ ثم قال رئيس الوزراء الصيني لي تشيانغ إن العلاقات جيدة.",
    );
    expect(records.map(people)).toEqual([["Sergey Lavrov", "Xi Jinping"]]);
  });

  test("«كلا من X و Y» and «كل على حدة» give one encounter with each", () => {
    const each = events(
      "استقبل الرئيس الصيني شي جين بينغ أمس كلا من وزير الخارجية الروسي سيرغي لافروف ووزير الخارجية الأمريكي أنتوني بلينكن.",
    );
    expect(each.map(people)).toEqual([
      ["Xi Jinping", "Sergey Lavrov"],
      ["Xi Jinping", "Antony Blinken"],
    ]);
    const apart = events(
      "التقى الرئيس الصيني شي جين بينغ أمس بشكل منفصل وزير الخارجية الروسي سيرغي لافروف ووزير الخارجية الأمريكي أنتوني بلينكن.",
    );
    expect(apart.map(people)).toEqual([
      ["Xi Jinping", "Sergey Lavrov"],
      ["Xi Jinping", "Antony Blinken"],
    ]);
    // Without either, one meeting of three.
    const together = events(
      "التقى الرئيس الصيني شي جين بينغ أمس وزير الخارجية الروسي سيرغي لافروف ووزير الخارجية الأمريكي أنتوني بلينكن.",
    );
    expect(together.map(people)).toEqual([["Xi Jinping", "Sergey Lavrov", "Antony Blinken"]]);
  });
});

describe("who takes part", () => {
  test("the subject of a relative clause's verb is another happening's (الحزب الذي أسسه X)", () => {
    const records = events(
      "التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ في ذكرى تأسيس الحزب الذي أسسه ماو تسي تونغ.",
    );
    expect(records.map(people)).toEqual([["Vladimir Putin", "Xi Jinping"]]);
  });

  test("a relative clause whose verb is an event word keeps its subject (الاتفاقية التي وقعها X)", () => {
    const records = events(
      "واتفاقية التعاون التي وقعها وزير الخارجية الروسي سيرغي لافروف ونظيره الصيني وانغ يي تشمل الطاقة.",
    );
    expect(records.map(people)).toEqual([["Sergey Lavrov", "Wang Yi"]]);
  });

  test("«رئيس الحكومة» and «رئيس الوزراء» alone are the head of government the page named, before another title", () => {
    const arrived = "وصل رئيس الوزراء اللبناني نجيب ميقاتي إلى باريس.";
    for (const title of ["رئيس الحكومة", "رئيس الوزراء"]) {
      const records = events(`${arrived} والتقى ${title} الرئيس الفرنسي إيمانويل ماكرون في الإليزيه.`);
      expect(records.map(people)).toContainEqual(["Najib Mikati", "Emmanuel Macron"]);
    }
  });

  test("«الوزير» or «الضيف» with a nationality is the latest official of that country the page named", () => {
    const received = "استقبل الرئيس اللبناني ميشال عون وزير الخارجية الفرنسي جان إيف لودريان.";
    for (const head of ["الوزير", "الضيف", "الزائر"]) {
      const records = events(`${received} كما التقى ${head} الفرنسي رئيس مجلس النواب نبيه بري.`);
      expect(records.map(people)).toContainEqual(["Jean-Yves Le Drian", "Nabih Berri"]);
    }
  });

  test("a verb's partner as a pronoun after مع or بـ (واجتمع معه، وبحث معه) is who it refers to", () => {
    const arrived = "وصل رئيس الوزراء اللبناني نجيب ميقاتي إلى باريس.";
    for (const verb of ["واجتمع معه", "وبحث معه"]) {
      const records = events(`${arrived} ${verb} الرئيس الفرنسي إيمانويل ماكرون في الإليزيه.`);
      expect(records.map(people)).toContainEqual(["Emmanuel Macron", "Najib Mikati"]);
    }
  });
});

test("«أما X فقد» sets the verb's subject before the break «فقد»", () => {
  const records = events("أما الرئيس الروسي فلاديمير بوتين فقد التقى الرئيس الصيني شي جين بينغ في بكين.");
  expect(records.map(people)).toEqual([["Vladimir Putin", "Xi Jinping"]]);
});

describe("a pronoun of reference", () => {
  test("a person noun in the dual (الرئيسان، الجانبان) with no one named is the two parties of the event before", () => {
    const met = "التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ في موسكو.";
    for (const next of [
      "واتفق الرئيسان على عقد لقاء جديد في بكين الشهر المقبل.",
      "ومن المقرر أن يلتقي الجانبان مجددا في بكين.",
    ])
      expect(events(`${met} ${next}`).map((r) => [r.cameo, people(r)])).toContainEqual([
        "036",
        ["Vladimir Putin", "Xi Jinping"],
      ]);
    // A singular noun names one of them, not both.
    expect(events(`${met} ومن المقرر أن يلتقي الرئيس مجددا في بكين.`).map((r) => r.cameo)).toEqual(["040"]);
  });

  test("«الأخير» after «أن», a conjunction or a preposition is the latest official named; after a noun it describes it", () => {
    const text =
      "استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الصيني وانغ يي. وأفاد بيان أن الأخير أبلغ الرئيس الروسي في اتصال هاتفي أمس تعازيه.";
    expect(events(text).map((r) => [r.cameo, people(r)])).toContainEqual(["041", ["Vladimir Putin", "Wang Yi"]]);
    const described =
      "زار الرئيس الفرنسي إيمانويل ماكرون موسكو. وشهد الأسبوع الأخير اتصالا هاتفيا بين الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ.";
    expect(
      events(described)
        .filter((r) => r.cameo === "041")
        .map(people),
    ).toEqual([["Vladimir Putin", "Xi Jinping"]]);
  });
});

describe("who is someone else's", () => {
  test("a message or greetings in construct with a name are sent by it, not brought to the meeting", () => {
    const met = "التقى وزير الخارجية الروسي سيرغي لافروف الرئيس الصيني شي جين بينغ";
    for (const sent of ["وسلمه رسالة الرئيس الروسي فلاديمير بوتين", "ونقل إليه تحيات الرئيس الروسي فلاديمير بوتين"])
      expect(events(`${met} ${sent}.`).map(people)).toEqual([["Sergey Lavrov", "Xi Jinping"]]);
    // A message «إلى» someone: the carrier meets its addressee.
    const carried = events("وصل وزير الخارجية الروسي سيرغي لافروف إلى بكين حاملا رسالة إلى الرئيس الصيني شي جين بينغ.");
    expect(carried.map(people)).toEqual([["Sergey Lavrov", "Xi Jinping"]]);
  });

  test("a royal title with a nationality names the monarch; after a kin word it names the kin's principal", () => {
    const received = events("استقبل العاهل الأردني أمس في عمان وزير الخارجية الأمريكي أنتوني بلينكن.");
    expect(received.map((r) => [...r.actors, ...r.recipients].map((p) => p.latin ?? p.entity))).toEqual([
      ["role:العاهل:JO", "Antony Blinken"],
    ]);
    const kin = events(
      "التقى الرئيس الفرنسي إيمانويل ماكرون أمس وزير الخارجية الأمريكي أنتوني بلينكن بحضور الأمير مولاي رشيد شقيق العاهل المغربي.",
    );
    expect(kin.flatMap((r) => [...r.actors, ...r.recipients].map((p) => p.entity))).not.toContain("role:العاهل:MA");
  });
});

test("a title in construct after an office or envoy (نائب الرئيس الأمريكي) is that office's holder, not the principal", () => {
  const entities = (text: string) => events(text).flatMap((r) => r.recipients.map((p) => p.latin ?? p.entity));
  expect(entities("التقى الرئيس الروسي فلاديمير بوتين أمس وزير الخارجية الأمريكي.")).toEqual(["Antony Blinken"]);
  expect(entities("التقى الرئيس الروسي فلاديمير بوتين أمس مساعد وزير الخارجية الأمريكي.")).toEqual([
    "role:مساعد وزير الخارجية:US",
  ]);
  expect(entities("التقى الرئيس الروسي فلاديمير بوتين أمس نائب الرئيس الأمريكي.")).toEqual(["role:نائب الرئيس:US"]);
});

test("a title in the feminine (وزيرة الخارجية الأمريكية، المستشارة الألمانية) is resolved as the office it is", () => {
  const text =
    "استقبل الرئيس اللبناني إميل لحود وزيرة الخارجية الأمريكية كوندوليزا رايس. ثم التقت وزيرة الخارجية الأمريكية رئيس الوزراء فؤاد السنيورة.";
  expect(events(text).map(people)).toContainEqual(["Condoleezza Rice", "Fouad Siniora"]);
  const chancellor = events("التقى الرئيس الروسي فلاديمير بوتين أمس المستشارة الألمانية.");
  expect(chancellor.map((r) => r.recipients.map((p) => p.country))).toEqual([["DE"]]);
});

test("those who attend (بحضور، بمشاركة) are no meeting's principals without its chair or host", () => {
  const attended = "اجتماعا طارئا بمشاركة وزير الخارجية الروسي سيرغي لافروف ووزير الدفاع الروسي سيرغي شويغو.";
  expect(events(`وعقد أمس في الكرملين ${attended}`)).toEqual([]);
  expect(events(`وترأس الرئيس الروسي فلاديمير بوتين أمس في الكرملين ${attended}`).map(people)).toEqual([
    ["Vladimir Putin", "Sergey Lavrov", "Sergei Shoigu"],
  ]);
});

test("the subject of an event to come follows the opener's «أن» (من المقرر أن يعقد X) or the verb of intent", () => {
  const text =
    "قدم الرئيس الروسي فلاديمير بوتين درعا إلى الرئيس الصيني شي جين بينغ ومن المقرر أن يعقد وزير الخارجية الروسي سيرغي لافروف اجتماعا مع نظيره الأمريكي أنتوني بلينكن غدا.";
  expect(events(text).map((r) => [r.cameo, people(r)])).toEqual([["036", ["Sergey Lavrov", "Antony Blinken"]]]);
  // So does the subject of a verb of intent.
  const intent = text.replace("ومن المقرر أن يعقد", "ويعتزم");
  expect(events(intent).map((r) => [r.cameo, people(r)])).toEqual([["036", ["Sergey Lavrov", "Antony Blinken"]]]);
});

describe("trigger forms", () => {
  test("«جولة» followed by «من» or by talks is a round, not a tour", () => {
    expect(kinds("وبدأت أمس جولة جديدة من المفاوضات بين الوزيرين")).toEqual(["040"]);
    expect(kinds("وتعقد جولة محادثات بين الوزيرين")).toEqual(["040"]);
    expect(kinds("بدأ الوزير جولة أوروبية تشمل فرنسا")).toEqual(["042"]);
  });

  test("«اتصل» after «ما» or a relative pronoun is «to relate to», no call", () => {
    expect(kinds("وبحث الوزير مع نظيره فيما يتصل بالملف النووي")).toEqual(["040"]);
    expect(kinds("القضايا التي تتصل بالأمن")).toEqual([]);
    expect(kinds("وكان الرئيس يتصل بنظيره كل أسبوع")).toEqual(["041"]);
  });

  test("a verb of arriving whose «إلى» leads to a number or an agreement is reaching, not travelling", () => {
    expect(kinds("وصل عدد القتلى في المدينة إلى 50 شخصا")).toEqual([]);
    expect(kinds("وصل الطرفان بعد أيام من المحادثات الشاقة إلى اتفاق")).toEqual(["040"]); // the talks alone
    expect(kinds("وصل الوزير إلى العاصمة")).toEqual(["042"]);
    expect(kinds("وصل الوزير إلى العاصمة في زيارة تهدف إلى اتفاق")).toEqual(["042", "042"]);
  });
});

test("«ناقش» with «مع» after it is talks, as «بحث مع» is", () => {
  expect(kinds("ناقش الرئيس مع نظيره العلاقات")).toEqual(["040"]);
  expect(kinds("وناقشت الوزيرة خلال اللقاء مع نظيرها العلاقات")).toEqual(["040", "040"]);
  expect(kinds("ناقش البرلمان مشروع القانون")).toEqual([]);
});

describe("events to come", () => {
  test("a light verb carries a time to come across its subject's title and full name", () => {
    expect(kinds("يبدأ الرئيس الصيني شي جين بينغ غدا زيارة إلى موسكو")).toEqual(["036"]);
    expect(kinds("يبدأ الرئيس الصيني شي جين بينغ اليوم زيارة إلى موسكو")).toEqual(["042"]);
  });

  test("a present verb or a trip after «في» in the clause of an event to come is to come with it", () => {
    expect(kinds("يصل الرئيس غدا إلى موسكو في زيارة رسمية يلتقي خلالها نظيره")).toEqual(["036", "036", "036"]);
    expect(kinds("وصل الرئيس أمس إلى موسكو في زيارة رسمية يلتقي خلالها نظيره")).toEqual(["042", "042", "040"]);
    // A break between: another clause, told as it is.
    expect(kinds("سيصل الرئيس غدا إلى موسكو، ويلتقي الوزير نظيره اليوم")).toEqual(["036", "040"]);
  });
});

describe("modality: each field whole", () => {
  test.each([
    ["استبعد الرئيس عقد لقاء مع نظيره", "لقاء"],
    ["رفضت الوزيرة لقاء نظيرها", "لقاء"],
    ["ألغى الرئيس زيارته إلى العاصمة", "زيارته"],
    ["هدد الرئيس بإلغاء زيارته إلى العاصمة", "زيارته"],
    ["أرجأ الرئيس زيارته إلى العاصمة", "زيارته"],
    ["يسعى الرئيس إلى لقاء نظيره", "لقاء"],
    ["حاول الوزير لقاء نظيره", "لقاء"],
    ["يتمنى الرئيس زيارة العاصمة", "زيارة"],
    ["يجب أن يلتقي الوزيران", "يلتقي"],
    ["ربما يلتقي الرئيس نظيره", "يلتقي"],
    ["نفى الكرملين أن يكون الرئيس الروسي فلاديمير بوتين قد التقى نظيره", "التقى"],
  ])("not real: %s", (sentence, word) => {
    expect(at(sentence, word)).toBe(true);
  });

  test("an invitation accepted is a visit made", () => {
    expect(at("وصل الرئيس إلى العاصمة تلبية لدعوة لزيارة البلاد", "لزيارة")).toBe(false);
    expect(at("تلقى الرئيس دعوة لزيارة البلاد", "لزيارة")).toBe(true);
  });
});
