/** Every real-world fixture page, in the order the tests load them. */

import { ampArticle, infiniteScroll, liveBlog } from "./amp-and-live.ts";
import { brDivWithSpanHeadline, brTableLayout, HEADLINE_1 as BR_HEADLINE } from "./br-bodies.ts";
import { furnitureInsideArticle, metadataHeadline } from "./inline-furniture.ts";
import {
  arabicWithWrongLang,
  englishArticle,
  persianArticle,
  persianUnderArabicLang,
  soraniArticle,
  urduArticle,
} from "./languages.ts";
import { photoGallery, videoPage } from "./media-pages.ts";
import type { RealWorldPage } from "./page-kit.ts";
import { nestedParagraphs, oneLongParagraph } from "./paragraph-shapes.ts";
import { HEADLINE_1 as REACT_HEADLINE, lateBody, reactGeneratedClasses } from "./react-app.ts";
import { homePage, searchResults, sectionFront } from "./story-lists.ts";

export type { RealWorldPage } from "./page-kit.ts";

export const REAL_WORLD_PAGES: readonly RealWorldPage[] = [
  brDivWithSpanHeadline,
  brTableLayout,
  oneLongParagraph,
  nestedParagraphs,
  reactGeneratedClasses,
  ampArticle,
  liveBlog,
  infiniteScroll,
  photoGallery,
  videoPage,
  homePage,
  sectionFront,
  searchResults,
  arabicWithWrongLang,
  persianArticle,
  persianUnderArabicLang,
  urduArticle,
  soraniArticle,
  englishArticle,
  furnitureInsideArticle,
  metadataHeadline,
  lateBody,
];

export const realWorldPath = (page: RealWorldPage) => `/real-world/${page.slug}.html`;

/** The two the demo site (npm start) links from its home page: markup that is not tidy. */
export const DEMO_PAGES = [
  {
    path: realWorldPath(brDivWithSpanHeadline),
    headline: BR_HEADLINE,
    teaser: "موقع قديم: نص الخبر أسطر يفصلها <br> والعنوان في <span>، بلا فقرة واحدة",
  },
  {
    path: realWorldPath(reactGeneratedClasses),
    headline: REACT_HEADLINE,
    teaser: "تطبيق React: أسماء أصناف مولّدة، وإعلان وترويج بودكاست وقصص مقترحة بين الفقرات",
  },
] as const;
