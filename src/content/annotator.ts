/**
 * The annotator, loaded by the loader on pages that might be Arabic. It decides whether the page is an
 * article, has its text tagged by the background, paints the marks, and answers hover, keyboard and
 * popup. Pages that change are re-read once, debounced; a run over unchanged text changes nothing.
 */

import browser from "webextension-polyfill";
import { resolveLanguage, translator, type Translate, type UiLanguage } from "../shared/i18n.ts";
import {
  askBackground,
  type ContentMessages,
  type EntitySummary,
  type PageSource,
  type PageStatus,
  type PageSummary,
  type Recording,
  type RunTimings,
} from "../shared/messages.ts";
import type { EventRecord } from "../events/types.ts";
import { answerer, type Handlers } from "../shared/protocol.ts";
import { DEFAULT_SETTINGS, isSiteDisabled, loadSettings, siteKey, type Settings } from "../shared/settings.ts";
import { CardHost } from "./card-host.tsx";
import { detectArticle } from "./detect.ts";
import { isMarkable, summarize } from "./entity-summary.ts";
import { extractArticle, type ArticleText } from "./extract.ts";
import { Painter, type Mark } from "./highlight.ts";
import { markAtPoint, rectAtPoint } from "./hit-test.ts";
import { watchForLateBody } from "./late-body.ts";
import { publicationOfPage } from "./publication-clues.ts";
import { CONTENT_SCHEMAS } from "./request-schemas.ts";
import { Slicer } from "./slicer.ts";

/** When the loader started the annotator: first marks are timed from here. */
const ANNOTATOR_STARTED = performance.now();
const CHANGE_DEBOUNCE_MS = 400;
const HOVER_GRACE_MS = 300;

class Annotator {
  private settings: Settings = DEFAULT_SETTINGS;
  private language: UiLanguage = "en";
  private t: Translate = translator("en");
  private status: PageStatus = "working";
  /** The page's language when it is Arabic script but not Arabic. */
  private otherLanguage: string | undefined;
  private lateBodyWatched = false;
  private article: ArticleText | null = null;
  private marks: Mark[] = [];
  private entities = new Map<string, EntitySummary>();
  private timings: RunTimings | undefined;
  private source: PageSource | undefined;
  private events: readonly EventRecord[] = [];
  private recording: Recording = "none";
  private cardEvents = new Map<string, readonly EventRecord[]>();
  private readonly painter = new Painter();
  private readonly card = new CardHost(document);
  private cardMark: Mark | null = null;
  private cardOpenedByKeyboard = false;
  private cursor = -1;
  private running: Promise<void> | null = null;
  private rerun = false;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private pointer: { x: number; y: number; inCard: boolean } | null = null;
  private url = location.href;
  private viewportFrame = 0;

  async start(): Promise<void> {
    const answer = answerer<ContentMessages, void>(CONTENT_SCHEMAS, this.handlers());
    browser.runtime.onMessage.addListener((message: unknown) => answer(message));
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === "local" && "settings" in changes) void this.applySettings(true);
    });
    await this.applySettings(false);
    this.watchChanges();
    document.addEventListener("mousemove", (event) => this.onPointerMove(event), { passive: true });
    document.documentElement.addEventListener("mouseleave", () => this.hideSoon());
    window.addEventListener("keydown", (event) => this.onKey(event), true);
    window.addEventListener("scroll", () => this.onScroll(), { passive: true, capture: true });
    window.addEventListener("resize", () => this.onViewportChange(), { passive: true });
  }

  private async applySettings(repaint: boolean): Promise<void> {
    this.settings = await loadSettings(browser.storage.local);
    this.language = resolveLanguage(this.settings.language, browser.i18n.getUILanguage());
    this.t = translator(this.language);
    if (repaint) this.article = null; // paint again even though the text is the same
    await this.run();
  }

  /** Runs never overlap: a request during a run makes one more run afterwards. */
  private run(): Promise<void> {
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    this.running = this.annotate()
      .catch((error: unknown) => console.warn("Marsad:", error))
      .finally(() => {
        this.running = null;
        if (this.rerun) {
          this.rerun = false;
          void this.run();
        }
      });
    return this.running;
  }

  private async annotate(): Promise<void> {
    const began = performance.now();
    // Detection counts towards the first slice: extraction then starts in a task of its own.
    const slicer = new Slicer();
    const detection = detectArticle(document);
    const detected = performance.now();
    if (detection.language !== "ar") {
      this.clear("other-language");
      this.otherLanguage = detection.language;
      return;
    }
    if (!detection.article || isSiteDisabled(this.settings, location.hostname)) {
      this.clear(detection.article ? "article" : "not-article");
      // An app shell may get its body later: decided again then, once a page.
      if (detection.waitingForText && !this.lateBodyWatched) {
        this.lateBodyWatched = true;
        watchForLateBody(document, () => this.scheduleRun());
      }
      return;
    }
    const article = await extractArticle(document, slicer, (node) => this.card.isHost(node), detection.block);
    const extracted = performance.now();
    if (this.article && this.article.map.sameAs(article.map)) return;
    const { mentions, knowledge } = await askBackground({ type: "tag", text: article.map.text });
    const tagged = performance.now();
    const marks: Mark[] = [];
    const marked = [];
    for (const mention of mentions) {
      if (!isMarkable(mention) || !this.settings.categories[mention.type]) continue;
      const range = article.map.toRange(mention.start, mention.end);
      if (!range) continue;
      marks.push({ range, category: mention.type, entity: mention.entity, index: marks.length });
      marked.push(mention);
      if (slicer.due()) await slicer.pause();
    }
    this.closeCard();
    await this.painter.paint(marks, this.settings, slicer);
    const painted = performance.now();
    this.article = article;
    this.marks = marks;
    this.cursor = -1;
    this.entities = new Map(summarize(marked).map((entity) => [entity.entity, entity]));
    this.cardEvents.clear();
    this.status = "article";
    this.timings = {
      started: began,
      detect: detected - began,
      extract: extracted - detected,
      tag: tagged - extracted,
      paint: painted - tagged,
      total: painted - began,
      sinceAnnotatorStart: painted - ANNOTATOR_STARTED,
      knowledge,
      characters: article.map.text.length,
      marks: marks.length,
    };
    // Events after the marks are painted: the reader never waits for the store.
    const source = this.pageSource(article);
    const recorded = await askBackground({ type: "record", text: article.map.text, mentions, source });
    if (this.article !== article) return; // the page changed meanwhile; the next run records it
    this.source = source;
    this.events = recorded.events;
    this.recording = recorded.recording;
  }

  private clear(status: PageStatus): void {
    this.closeCard();
    this.painter.clear();
    this.article = null;
    this.marks = [];
    this.entities.clear();
    this.source = undefined;
    this.events = [];
    this.recording = "none";
    this.cardEvents.clear();
    this.cursor = -1;
    this.status = status;
    this.otherLanguage = undefined;
  }

  /** The article as a source of events: its address without the fragment, headline, site and date. */
  private pageSource(article: ArticleText): PageSource {
    const url = new URL(location.href);
    url.hash = "";
    const headline = article.roots
      .map((root) => (root.closest("article") ?? root).querySelector("h1")?.textContent?.trim())
      .find(Boolean);
    return {
      url: url.href,
      title: headline || document.title.trim() || url.href,
      site: siteKey(location.hostname) ?? location.hostname,
      publication: publicationOfPage(document, article.roots),
    };
  }

  /** One debounced observer: later paragraphs, replaced content and SPA navigation all come through it. */
  private watchChanges(): void {
    const observer = new MutationObserver((records) => {
      if (location.href !== this.url || records.some((record) => this.concernsArticle(record.target))) {
        this.scheduleRun();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    window.addEventListener("popstate", () => this.scheduleRun());
  }

  /**
   * Changes outside the article (tickers, ads, clocks) do not make the article be read again, and a page
   * that is no article is not read again on every change (only after a navigation or a late body).
   */
  private concernsArticle(target: Node): boolean {
    if (!this.article) return this.status === "working";
    return this.article.roots.some((root) => root.contains(target) || target.contains(root));
  }

  private scheduleRun(): void {
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => {
      if (location.href !== this.url) {
        this.url = location.href;
        this.lateBodyWatched = false;
        this.clear("working");
      }
      void this.run();
    }, CHANGE_DEBOUNCE_MS);
  }

  /** What the popup and the keyboard commands ask the page. */
  private handlers() {
    return {
      summary: () => this.summary(),
      reveal: ({ entity }) => {
        const mark = this.marks.find((m) => m.entity === entity);
        if (mark) this.reveal(mark, false);
        return { found: mark !== undefined };
      },
      step: ({ direction }) => ({ found: this.step(direction) }),
    } satisfies Handlers<ContentMessages>;
  }

  private summary(): PageSummary {
    return {
      status: this.status,
      ...(this.otherLanguage ? { language: this.otherLanguage } : {}),
      site: siteKey(location.hostname) ?? location.hostname,
      enabled: !isSiteDisabled(this.settings, location.hostname),
      entities: [...this.entities.values()],
      ...(this.source ? { source: this.source } : {}),
      events: this.events,
      recording: this.recording,
      ...(this.timings ? { timings: this.timings } : {}),
    };
  }

  /** Keyboard access: the next (or previous) mark on the page, scrolled to, flashed, with its card. */
  private step(direction: 1 | -1): boolean {
    const count = this.marks.length;
    if (count === 0) return false;
    this.cursor = this.cursor < 0 ? (direction > 0 ? 0 : count - 1) : (this.cursor + direction + count) % count;
    this.reveal(this.marks[this.cursor]!, true);
    return true;
  }

  private reveal(mark: Mark, focusCard: boolean): void {
    this.cursor = mark.index;
    mark.range.startContainer.parentElement?.scrollIntoView({ block: "center", behavior: "instant" });
    this.painter.flash(mark.range);
    const rect = mark.range.getClientRects()[0] ?? mark.range.getBoundingClientRect();
    this.openCard(mark, rect, true, focusCard);
  }

  private openCard(mark: Mark, rect: DOMRect, byKeyboard: boolean, focus: boolean): void {
    const entity = this.entities.get(mark.entity);
    if (!entity) return;
    const sameEntity = this.marks.filter((m) => m.entity === mark.entity);
    const position = sameEntity.indexOf(mark) + 1;
    const element = mark.range.startContainer.parentElement;
    const direction = element && getComputedStyle(element).direction === "ltr" ? "ltr" : "rtl";
    clearTimeout(this.hideTimer);
    this.cardMark = mark;
    this.cardOpenedByKeyboard = byKeyboard;
    this.card.show(
      {
        entity,
        position,
        events: this.cardEvents.get(mark.entity),
        language: this.language,
        t: this.t,
        onNext: () => this.reveal(sameEntity[position % sameEntity.length]!, true),
        onClose: () => this.closeCard(),
      },
      { rect, direction },
      focus,
    );
    if (!this.cardEvents.has(mark.entity)) void this.loadCardEvents(mark, rect, byKeyboard);
  }

  /** The latest stored events of the card's entity; the card is drawn again when they arrive. */
  private async loadCardEvents(mark: Mark, rect: DOMRect, byKeyboard: boolean): Promise<void> {
    const { events } = await askBackground({ type: "latest", entity: mark.entity }).catch(() => ({ events: [] }));
    this.cardEvents.set(mark.entity, events);
    if (this.cardMark === mark && events.length > 0) this.openCard(mark, rect, byKeyboard, false);
  }

  private closeCard(): void {
    clearTimeout(this.hideTimer);
    if (!this.card.isOpen) return;
    const hadFocus = this.cardOpenedByKeyboard;
    this.card.hide();
    this.cardMark = null;
    this.cardOpenedByKeyboard = false;
    if (hadFocus && document.activeElement === document.documentElement) document.body.focus();
  }

  private hideSoon(): void {
    if (!this.card.isOpen || this.cardOpenedByKeyboard) return;
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.closeCard(), HOVER_GRACE_MS);
  }

  /** Pointer moves are read once a frame; the hit test runs only when the page has marks. */
  private onPointerMove(event: MouseEvent): void {
    if (this.marks.length === 0 && !this.card.isOpen) return;
    const pending = this.pointer !== null;
    this.pointer = { x: event.clientX, y: event.clientY, inCard: this.card.holds(event) };
    if (pending) return;
    requestAnimationFrame(() => {
      const pointer = this.pointer;
      this.pointer = null;
      if (pointer) this.hoverAt(pointer.x, pointer.y, pointer.inCard);
    });
  }

  private hoverAt(x: number, y: number, inCard: boolean): void {
    if (inCard) {
      clearTimeout(this.hideTimer);
      return;
    }
    const mark = markAtPoint(this.marks, document, x, y);
    if (!mark) {
      this.hideSoon();
      return;
    }
    clearTimeout(this.hideTimer);
    if (mark === this.cardMark) return;
    const rect = rectAtPoint(mark.range, x, y) ?? mark.range.getBoundingClientRect();
    this.openCard(mark, rect, false, false);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === "Escape" && this.card.isOpen) {
      this.closeCard();
      event.stopPropagation();
      return;
    }
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey) {
      const direction = event.code === "Period" ? 1 : event.code === "Comma" ? -1 : 0;
      if (direction !== 0 && this.marks.length > 0) {
        event.preventDefault();
        this.step(direction);
      }
    }
  }

  /** Once a frame at most: a very long page paints the marks that came into view. */
  private onViewportChange(): void {
    if (this.viewportFrame) return;
    this.viewportFrame = requestAnimationFrame(() => {
      this.viewportFrame = 0;
      this.painter.viewportChanged();
    });
  }

  /** A card opened by hover follows the pointer, so scrolling closes it; a keyboard card stays with its name. */
  private onScroll(): void {
    this.onViewportChange();
    if (!this.card.isOpen || !this.cardMark) return;
    if (!this.cardOpenedByKeyboard) return this.closeCard();
    const rect = this.cardMark.range.getClientRects()[0];
    if (rect) this.openCard(this.cardMark, rect, true, false);
  }
}

const started = Symbol.for("marsad.annotator");
const scope = globalThis as typeof globalThis & { [started]?: boolean };
if (!scope[started]) {
  scope[started] = true;
  void new Annotator().start();
}
