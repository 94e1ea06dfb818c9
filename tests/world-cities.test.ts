import { describe, expect, it } from "vitest";
import { sameFirstSound } from "../scripts/first-sound.ts";
import { worldCities, type WorldCitiesInput } from "../scripts/world-cities.ts";

const input: WorldCitiesInput = {
  countryNames: { LY: "Libya", TN: "Tunisia", PH: "Philippines", SY: "Syria", DJ: "Djibouti" },
  arab: new Set(["LY", "TN", "SY", "DJ"]),
  held: new Set(["طرابلس"]),
  givenNames: ["سالم", "علي"],
  personWords: ["ماريا", "زاخاروفا"],
  commonWords: ["البحر"],
  heads: ["محافظة", "مدينة"],
  notCityHeads: ["نادي", "نهر"],
};
const csv = (...rows: [string, string, string][]) =>
  [
    "CountryNameAr,CountryNameEn,CityNameAr,CityNameEn,Population",
    ...rows.map(([c, ar, en]) => `"x","${c}","${ar}","${en}",1000`),
  ].join("\n");
const names = (text: string) => worldCities(text, input).map((c) => `${c.entity.ar} ${c.entity.country}`);

describe("world cities (scripts/world-cities.ts)", () => {
  it("takes an Arab state's town, without the division word its label opens with, and not another record's label", () => {
    expect(
      names(
        csv(["Libya", "زوارة", "Zuwarah"], ["Libya", "محافظة غدامس", "Ghadames"], ["Libya", "فيروسات غدانية", "Aden"]),
      ),
    ).toEqual(["زواره LY", "غدامس LY"]);
  });

  it("leaves out a foreign town: its Arabic label is a transliteration, as people's names are", () => {
    expect(names(csv(["Philippines", "سانتوس", "Santos"]))).toEqual([]);
  });

  it("leaves out a name the KB holds, a club or a river, and a short, common or person-like one-word name", () => {
    const rows = csv(
      ["Libya", "طرابلس", "Tripoli"],
      ["Libya", "نادي الاتحاد", "Ittihad"],
      ["Tunisia", "نهر مجردة", "Medjerda"],
      ["Tunisia", "قابس", "Gabes"],
      ["Tunisia", "البحر", "Bahr"],
      ["Syria", "سالم", "Salem"],
      ["Syria", "ماريه", "Mari"],
      ["Syria", "مدينة البحر الأحمر", "Bahr Ahmar"],
      ["Djibouti", "علي صبيح", "Ali Sabieh"],
    );
    expect(names(rows)).toEqual(["البحر الاحمر SY"]);
  });

  it("names the row it cannot read and the country it cannot place", () => {
    expect(() => worldCities(csv(["Atlantis", "مدينة", "Atl"]), input)).toThrow(/no country code for «Atlantis»/);
    expect(() => worldCities("header\nnot a row", input)).toThrow(/cannot read the row «not a row»/);
  });
});

describe("first sounds (scripts/first-sound.ts)", () => {
  it("pairs a name with its transliteration, article or not", () => {
    expect(sameFirstSound("زوارة", "Zuwarah")).toBe(true);
    expect(sameFirstSound("الفيوم", "Al Fayyum")).toBe(true);
    expect(sameFirstSound("الأغواط", "Laghouat")).toBe(true);
    expect(sameFirstSound("عجلون", "`Ajlun")).toBe(true);
    expect(sameFirstSound("غليزان", "Relizane")).toBe(true);
  });

  it("tells a label taken from another record", () => {
    expect(sameFirstSound("فيروسات غدانية", "Aden")).toBe(false);
    expect(sameFirstSound("إطار هواء", "Tyre")).toBe(false);
    expect(sameFirstSound("سعيد الفيومي", "Al Fayyum")).toBe(false);
  });
});
