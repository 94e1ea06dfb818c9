import { describe, expect, it } from "vitest";
import type { Mention } from "../src/tagger/types.ts";
import { seed, sharedTagger } from "./helpers.ts";

/** What a careful reader marks in each seed article: the officials and the places, by entity. */
const EXPECTED: Record<string, { officials: string[]; places: string[] }> = {
  "000": {
    officials: ["person:patrushev", "person:putin", "person:xi-jinping", "new:شنجكون"],
    places: [
      "country:CN",
      "country:RU",
      "city:beijing",
      "city:moscow",
      "city:nanping",
      "country:UZ",
      "country:UA",
      "country:TW",
      "country:IN",
      "country:PK",
      "region:central-asia",
    ],
  },
  "001": {
    officials: [
      "person:li-qiang",
      "person:mishustin",
      "person:xi-jinping",
      "person:peskov",
      "person:putin",
      "person:trump",
      "person:khurelsukh",
    ],
    places: [
      "country:CN",
      "country:RU",
      "city:beijing",
      "city:moscow",
      "city:hangzhou",
      "city:washington",
      "country:UA",
      "country:JP",
      "country:MN",
    ],
  },
  "002": {
    officials: [
      "person:putin",
      "person:xi-jinping",
      "person:trump",
      "person:shoigu",
      "person:wang-yi",
      "person:starmer",
    ],
    places: [
      "country:CN",
      "country:RU",
      "country:UA",
      "country:US",
      "country:GL",
      "country:DK",
      "city:beijing",
      "city:shanghai",
      "country:CU",
    ],
  },
  "003": {
    officials: ["person:wang-yi", "person:lavrov", "person:qin-gang", "person:xi-jinping", "person:putin"],
    places: ["country:CN", "country:RU", "city:beijing", "city:moscow", "country:UA", "sea:sea-japan"],
  },
  "004": {
    officials: ["person:patrushev", "person:wang-yi", "person:lavrov", "person:morgulov", "person:ma-zhaoxu"],
    places: [
      "country:RU",
      "country:CN",
      "country:UA",
      "country:TW",
      "country:HK",
      "province:xinjiang",
      "province:tibet",
      "city:moscow",
      "city:beijing",
      "city:washington",
      "province:luhansk",
      "province:donetsk",
      "region:donbas",
    ],
  },
};

function entitiesOf(mentions: Mention[], type: Mention["type"]): string[] {
  return [...new Set(mentions.filter((m) => m.type === type).map((m) => m.entity))].sort();
}

describe("seed articles", () => {
  for (const [id, expected] of Object.entries(EXPECTED)) {
    it(`${id}: finds every official and place a reader would mark, and nothing else`, () => {
      const mentions = sharedTagger().tag(seed(id));
      expect(entitiesOf(mentions, "official")).toEqual([...expected.officials].sort());
      expect(entitiesOf(mentions, "place")).toEqual([...expected.places].sort());
    });
  }

  it("resolves Xi Jinping's three spellings and his short form to one entity", () => {
    const texts = ["000", "002", "003"].flatMap((id) =>
      sharedTagger()
        .tag(seed(id))
        .filter((m) => m.entity === "person:xi-jinping")
        .map((m) => m.text),
    );
    expect(new Set(texts)).toEqual(new Set(["شي جين بينج", "شي جين بينغ", "شي جينبينغ", "شي"]));
  });

  it("resolves both spellings of Trump", () => {
    const spellings = ["001", "002"].flatMap((id) =>
      sharedTagger()
        .tag(seed(id))
        .filter((m) => m.entity === "person:trump")
        .map((m) => m.text),
    );
    expect(new Set(spellings)).toEqual(new Set(["دونالد ترمب", "دونالد ترامب"]));
  });

  it("resolves Li Qiang as لي تشيانج, then تشيانج and لي, with his title and country", () => {
    const li = sharedTagger()
      .tag(seed("001"))
      .filter((m) => m.entity === "person:li-qiang");
    expect(new Set(li.map((m) => m.text))).toEqual(new Set(["لي تشيانج", "تشيانج", "لي"]));
    const first = li[0] as Mention;
    expect(first.role).toBe("رئيس مجلس الدولة الصيني");
    expect(first.country).toBe("CN");
    expect(first.latin).toBe("Li Qiang");
  });

  it("keeps proclitics outside the span and the article inside it", () => {
    const text = seed("000");
    const mentions = sharedTagger().tag(text);
    const china = mentions.filter((m) => m.entity === "country:CN");
    expect(china.map((m) => m.text)).toContain("الصين");
    expect(china.every((m) => !/^[وفبك]/.test(m.text))).toBe(true);
    // بتايوان: ب stays outside.
    const taiwan = mentions.find((m) => m.entity === "country:TW") as Mention;
    expect(taiwan.text).toBe("تايوان");
    expect(text[taiwan.start - 1]).toBe("ب");
    // للصين: the proclitic لل stays outside.
    const lil = china.find((m) => text.slice(m.start - 2, m.start) === "لل") as Mention;
    expect(lil.text).toBe("صين");
  });

  it("does not take the city inside منظمة شنغهاي للتعاون", () => {
    const text = seed("000");
    const sco = text.indexOf("منظمة شنغهاي");
    const inside = sharedTagger()
      .tag(text)
      .filter((m) => m.type === "place" && m.start >= sco && m.start < sco + 20);
    expect(inside).toEqual([]);
  });

  it("recognises an official the knowledge base lacks from the description after the name", () => {
    const m = sharedTagger()
      .tag(seed("000"))
      .find((x) => x.text === "شنجكون");
    expect(m).toMatchObject({ type: "official", evidence: "description" });
  });

  it("gives an official's title and country from the page", () => {
    const m = sharedTagger()
      .tag(seed("004"))
      .find((x) => x.entity === "person:morgulov");
    expect(m).toMatchObject({ role: "السفير الروسي في بكين", country: "RU", text: "إيغور مورغولوف" });
  });
});
