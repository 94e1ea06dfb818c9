/** src/tagger/rules/place-blockers.ts: where a known place's name is no place. */

import { describe, expect, test } from "vitest";
import { marks, rulesOnlyTagger, byRules } from "../../helpers.ts";

const places = (text: string) => byRules(text, "place");

describe("place blockers", () => {
  test("a city after a sports word, or with a club's suffix, is the club", () => {
    expect(places("فاز برشلونة على ريال مدريد في الدوري")).toEqual([]);
    expect(places("وانتقل اللاعب إلى مانشستر يونايتد الموسم الماضي")).toEqual([]);
  });

  test("a place inside an armed group's or a broadcaster's name is no place; nor is «the white»", () => {
    expect(marks("أعلنت سرايا القدس مسؤوليتها، ورفضت حركة تحرير السودان الاتفاق")).toEqual([]);
    expect(marks("وبث تليفزيون السودان الخبر")).toEqual([]);
    expect(rulesOnlyTagger().tag("ونقلت صحيفة «الشرق الأوسط» عن مصدر")).toEqual([]);
    expect(places("ونقلت وكالة أنباء الشرق الأوسط عن مصادر")).toEqual([]);
    expect(marks("أرضيته من الرخام الأبيض")).toEqual([]);
    expect(marks("وصل إلى السودان")).toEqual(["place:السودان:country:SD"]);
  });

  test("a place after a facility's head is the facility's name: a palace, like an airport or a museum", () => {
    expect(places("واستقبل الرئيس ضيفه في قصر بعبدا")).toEqual([]);
    expect(places("وعقد الاجتماع في قصر قرطاج بحضور الوزراء")).toEqual([]);
    expect(places("وحطت الطائرة في مطار بيروت")).toEqual([]);
    expect(places("واستقبل الرئيس ضيفه في بعبدا")).toEqual(["بعبدا"]);
  });

  test("«إلى السعودية» is the country; a city with a masculine nationality adjective is its club", () => {
    expect(marks("خلال زيارة إلى السعودية في مارس")).toEqual(["place:السعودية:country:SA"]);
    expect(places("وصل إلى السعودية ثم إلى الإمارات")).toEqual(["السعودية", "الإمارات"]);
    expect(marks("دخل ميلان الإيطالي على خط المفاوضات")).toEqual([]);
    expect(marks("وصل الوفد إلى ميلانو الإيطالية")).toEqual(["place:ميلانو:city:gn3173435"]);
  });

  test("«ماليزية» is the adjective, not Malaysia; the ة spelling is the country only where the KB lists it (سورية)", () => {
    expect(marks("خرجت تظاهرات في عدة مدن ماليزية، ومن أسرة كولومبية")).toEqual([]);
    expect(marks("وصل الوزير إلى سورية ثم إلى تركيا")).toEqual(["place:سورية:country:SY", "place:تركيا:country:TR"]);
  });

  test("whom one speaks to is a medium, even one named after a region", () => {
    expect(places("وقال لـ«الشرق الأوسط» إن المفاوضات مستمرة")).toEqual([]);
    expect(places("وصل المبعوث إلى الشرق الأوسط أمس")).toEqual(["الشرق الأوسط"]);
  });

  test("a common word is not read through a proclitic as a place: لايزال is «still», not ل + Aizawl", () => {
    expect(marks("لايزال الوضع صعبا، وقال إن بنوك المنطقة ستفتح خلال فترة وجيزة")).toEqual([]);
    expect(marks("سافر الوفد إلى روما ثم وصل بباكو")).toEqual([
      "place:روما:city:gn3169070",
      "place:باكو:city:gn587084",
    ]);
  });

  test("idioms that hold a place name: صلاة المغرب is a prayer, مسقط رأسه a birthplace, الحلف الأطلسي NATO", () => {
    expect(marks("أدى صلاة المغرب في المسجد ثم عاد إلى مسقط رأسه")).toEqual([]);
    expect(marks("ودفن بمسقط رأسه في المغرب")).toEqual(["place:المغرب:country:MA"]);
    expect(marks("واقترح نشر قوة للحلف الأطلسي")).toEqual([]);
  });

  test("a disease the page names is no place anywhere on it (فيروس كورونا; Corona is also a Californian city)", () => {
    expect(marks("وارتفع عدد المصابين بفيروس كورونا في الأردن. وقال الطبيب إن كورونا أقل خطرا الآن")).toEqual([
      "place:الأردن:country:JO",
    ]);
  });

  test("a place after the head of a movement's or a party's name is part of that name (جبهة النصرة، حزب …)", () => {
    expect(marks("وتبنت جبهة النصرة الهجوم")).toEqual([]);
    expect(marks("وزار الوفد الناصرة أمس")).toEqual(["place:الناصرة:city:nazareth"]);
  });

  test("after a particle of a foreign family name (دي، فان), a place's name is the family name", () => {
    expect(marks("وقال الرئيس الإيطالي جورجو دي ماركي إن").map((m) => m.split(":").slice(0, 2).join(":"))).toEqual([
      "official:جورجو دي ماركي",
    ]);
    expect(marks("وزار دي ماركي العاصمة")).toEqual([]);
    expect(marks("وسافر إلى ريو دي جانيرو").map((m) => m.split(":")[1])).toEqual(["ريو دي جانيرو"]);
  });

  test("after an indefinite noun in the accusative, a country's name in يا is its adjective (جنديا تركيا)", () => {
    expect(places("وقتل جنديا تركيا في الهجوم")).toEqual([]);
    expect(places("واعتقلت الشرطة مواطنا روسيا")).toEqual([]);
    expect(places("وخطف مسلحون صحفيا إيطاليا")).toEqual([]);
    // The country after a verb, also a dual verb (زارا «the two visited»), stays the country.
    expect(places("وزار الوزير تركيا أمس")).toEqual(["تركيا"]);
    expect(places("وزارا تركيا أمس")).toEqual(["تركيا"]);
    // قد, or a dual subject before it, says a word in ا is a verb's dual though its stem is a word (زار).
    expect(places("وكان الوزيران قد زارا تركيا الشهر الماضي")).toEqual(["تركيا"]);
    expect(places("والرئيسان زارا تركيا قبل أسبوع")).toEqual(["تركيا"]);
    expect(places("واجتمع رئيسا روسيا وأوكرانيا")).toEqual(["روسيا", "أوكرانيا"]);
  });
});
