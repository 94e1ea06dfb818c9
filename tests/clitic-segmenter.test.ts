import { describe, expect, it } from "vitest";
import { knownWordTest, segmentLikeCorpus } from "../src/cli/clitic-segmenter.ts";

// A small dictionary, normalised as the KB's word sets are (ة as ه, أ as ا).
const known = knownWordTest([new Set(["قال", "حضور", "حكومه", "وزير", "الكتله", "ولايه", "ان", "سامر"])]);

describe("segmentLikeCorpus", () => {
  it("splits و، ب، ل and a pronoun off words the dictionary has", () => {
    expect(segmentLikeCorpus("وقال الوزير بحضور حكومته", [], known)).toBe("و قال الوزير ب حضور حكومت ه");
  });

  it("splits ب، ل، ك before the article but keeps لل", () => {
    expect(segmentLikeCorpus("بالقاهرة للصحفيين والحكومة", [], known)).toBe("ب القاهرة للصحفيين و الحكومة");
  });

  it("leaves a word whole when it is itself a word, with the article or a pronoun too", () => {
    expect(segmentLikeCorpus("وزير كتلة ولايته", [], known)).toBe("وزير كتلة ولايت ه");
  });

  it("finds an expected surface only as a whole word, not inside a longer one", () => {
    const dictionary = knownWordTest([new Set(["قال", "علي", "حكومه"])]);
    expect(segmentLikeCorpus("قال عليه علي", ["علي"], dictionary)).toBe("قال علي ه علي");
  });

  it("keeps the expected surfaces whole, and splits a proclitic off their front", () => {
    expect(segmentLikeCorpus("وقال وسامر قالها", ["سامر قالها"], known)).toBe("و قال و سامر قالها");
  });
});
