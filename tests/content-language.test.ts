// @vitest-environment happy-dom
/**
 * The language of Arabic-script text by its letters and function words, and the page's lang only as a
 * hint: Arabic against Persian, Urdu, Pashto, Sorani and Uyghur.
 */

import { describe, expect, test } from "vitest";
import { persianArticle, urduArticle } from "../e2e/site/real-world/languages.ts";
import { pageLanguage, scriptLanguage } from "../src/content/language.ts";

const ARABIC =
  "استقبل الرئيس المصري في القاهرة وزير الخارجية الروسي، وبحث الجانبان العلاقات الثنائية والأوضاع في المنطقة. " +
  "وقال المتحدث باسم الرئاسة إن اللقاء تناول التعاون في مجالات الطاقة والتجارة، وأكد على أهمية التشاور قبل اجتماع مجلس الأمن.";
const PERSIAN =
  "رئیس‌جمهور روسیه روز چهارشنبه در مسکو با رئیس‌جمهور ترکیه دیدار و گفتگو کرد. دو رهبر درباره تحولات سوریه گفتگو کردند " +
  "و گفت که روابط دو کشور در سال‌های اخیر گسترش یافته است و این همکاری ادامه خواهد داشت.";
const URDU =
  "روسی صدر نے بدھ کے روز ماسکو میں ترک صدر سے ملاقات کی۔ دونوں رہنماؤں نے شام کی صورتحال پر تبادلہ خیال کیا اور " +
  "کہا کہ دونوں ممالک کے تعلقات حالیہ برسوں میں مضبوط ہوئے ہیں۔";
const PASHTO =
  "د افغانستان د بهرنیو چارو وزیر په کابل کې د چین له سفیر سره ولیدل او دواړو خواوو د سوداګرۍ او امنیت په اړه خبرې وکړې. " +
  "هغه وویل چې افغانستان غواړي له ګاونډیو هیوادونو سره اړیکې پیاوړې کړي.";
const SORANI =
  "سەرۆکی ڕووسیا ڕۆژی چوارشەممە لە مۆسکۆ لەگەڵ سەرۆکی تورکیا کۆبووەوە و باسی دۆخی سووریایان کرد. " +
  "پێش ئەم دیدارە وەزیری دەرەوەی ڕووسیا سەردانی تارانی کردبوو و وتی پەیوەندییەکان بەهێزتر بوون.";
const UYGHUR =
  "جۇڭگو تاشقى ئىشلار مىنىستىرى بۈگۈن بېيجىڭدا رۇسىيە تاشقى ئىشلار مىنىستىرى بىلەن كۆرۈشتى ۋە ئىككى دۆلەت " +
  "ئوتتۇرىسىدىكى ھەمكارلىق توغرىسىدا سۆھبەتلەشتى. بۇ ئۇچرىشىش ئىككى تەرەپ ئۈچۈن مۇھىم بولۇپ ھېسابلىنىدۇ.";

describe("the language of Arabic-script text", () => {
  test.each([
    ["Arabic", ARABIC, "ar"],
    ["Persian", PERSIAN, "fa"],
    ["Urdu", URDU, "ur"],
    ["Pashto", PASHTO, "ps"],
    ["Sorani", SORANI, "ckb"],
    ["Uyghur", UYGHUR, "ug"],
  ] as const)("%s", (_, text, language) => {
    expect(scriptLanguage(text).language).toBe(language);
  });

  test("the text overrules a wrong lang, both ways", () => {
    expect(scriptLanguage(ARABIC, "en-US").language).toBe("ar");
    expect(scriptLanguage(ARABIC, "fa").language).toBe("ar");
    expect(scriptLanguage(PERSIAN, "ar").language).toBe("fa");
  });

  test("Persian typed with Arabic ي and ك is still Persian, by its words", () => {
    const arabicKeyboard = PERSIAN.replace(/ی/g, "ي").replace(/ک/g, "ك");
    expect(scriptLanguage(arabicKeyboard, "ar").language).toBe("fa");
  });

  test("an Arabic text that writes one foreign name with گ stays Arabic", () => {
    expect(scriptLanguage(`${ARABIC} وأعلنت شركة «گوگل» افتتاح مكتب جديد في دبي.`).language).toBe("ar");
  });

  test("an Arabic article quoting a Persian sentence stays Arabic; a Persian one quoting Arabic stays Persian", () => {
    const quote = "و گفت که روابط دو کشور گسترش یافته است.";
    expect(scriptLanguage(`${ARABIC} ${ARABIC} وقال الوزير بالفارسية: «${quote}»`).language).toBe("ar");
    expect(scriptLanguage(`${PERSIAN} ${PERSIAN} «${ARABIC.slice(0, 60)}»`).language).toBe("fa");
  });

  test("too short a text to tell leaves the decision to lang", () => {
    expect(scriptLanguage("خبر عاجل", "fa").language).toBe("fa");
    expect(scriptLanguage("خبر عاجل", "").language).toBe("ar");
    expect(scriptLanguage("خبر عاجل", "ar-EG").language).toBe("ar");
  });
});

describe("the language of a page", () => {
  function load(html: string): Document {
    document.open();
    document.write(html);
    document.close();
    return document;
  }

  test("reads the page's own text, not only its lang", () => {
    expect(pageLanguage(load(persianArticle.html)).language).toBe("fa");
    expect(pageLanguage(load(urduArticle.html)).language).toBe("ur");
    expect(pageLanguage(load(`<html lang="en-US"><body><p>${ARABIC}</p></body></html>`)).language).toBe("ar");
  });
});
