/** src/tagger/rules/institutions.ts: a name after an institution's head is the institution's. */

import { describe, expect, test } from "vitest";
import { officialMarks } from "../../helpers.ts";

describe("places named after a person", () => {
  test("a name that follows an institution's head is the institution's (جامعة فؤاد الأول، مطار حيدر علييف)", () => {
    expect(officialMarks("تخرج من جامعة فؤاد الأول ثم سافر من مطار حيدر علييف")).toEqual([]);
    expect(officialMarks("وعولج في مستشفى الملك فيصل التخصصي")).toEqual([]);
    expect(officialMarks("تخرج من جامعة الملك سعود وعمل في مستشفى الملك فهد")).toEqual([]);
    expect(officialMarks("واستقبل الرئيس حيدر علييف الوفد")).toEqual(["official:حيدر علييف:person:aliyev-heydar"]);
  });

  test("the same name as a person is still the official", () => {
    expect(officialMarks("وزار الأمير فيصل بن فرحان مدرسة الأمير فيصل")).toEqual([
      "official:فيصل بن فرحان:person:faisal-bin-farhan",
    ]);
  });
});
