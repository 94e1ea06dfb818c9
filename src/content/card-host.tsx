/**
 * The one element Marsad adds to a page, and only while a card is open: a host after <body> with a
 * shadow root, styled inline with !important so that even `* { all: unset }` cannot touch it,
 * and shown in the top layer (popover) where the browser has it, above any z-index.
 */

import { render } from "preact";
import { Card, CARD_CSS, type CardProps } from "./card.tsx";

export interface Anchor {
  /** The mark's rectangle (the line under the pointer, or its first line). */
  readonly rect: DOMRect;
  readonly direction: "rtl" | "ltr";
}

const HOST_STYLE = [
  "all: initial",
  "position: fixed",
  "inset: auto",
  "top: 0",
  "left: 0",
  "width: 0",
  "height: 0",
  "margin: 0",
  "padding: 0",
  "border: 0",
  "overflow: visible",
  "background: transparent",
  "z-index: 2147483647",
  "display: block",
]
  .map((rule) => `${rule} !important`)
  .join("; ");

const GAP = 6;
const EDGE = 8;

export class CardHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;

  constructor(private readonly doc: Document) {}

  get isOpen(): boolean {
    return this.host !== null;
  }

  /** Whether an event happened inside the card. */
  holds(event: Event): boolean {
    return this.host !== null && event.composedPath().includes(this.host);
  }

  isHost(node: Node): boolean {
    return node === this.host;
  }

  show(props: CardProps, anchor: Anchor, focus: boolean): void {
    const mount = this.ensureMount();
    render(<Card {...props} />, mount);
    const card = mount.firstElementChild as HTMLElement;
    this.place(card, anchor);
    if (focus) (card.querySelector<HTMLElement>(".next") ?? card.querySelector<HTMLElement>(".close"))?.focus();
  }

  hide(): void {
    if (!this.host || !this.mount) return;
    render(null, this.mount);
    this.host.remove();
    this.host = null;
    this.mount = null;
  }

  private ensureMount(): HTMLElement {
    if (this.mount) return this.mount;
    const host = this.doc.createElement("marsad-card");
    host.setAttribute("style", HOST_STYLE);
    const shadow = host.attachShadow({ mode: "open" });
    const style = this.doc.createElement("style");
    style.textContent = CARD_CSS;
    const mount = this.doc.createElement("div");
    shadow.append(style, mount);
    this.doc.documentElement.append(host);
    if (typeof host.showPopover === "function") {
      host.setAttribute("popover", "manual");
      host.showPopover();
    }
    this.host = host;
    this.mount = mount;
    return mount;
  }

  /** Below the name, or above when there is no room; never over it. Aligned to the line's start. */
  private place(card: HTMLElement, anchor: Anchor): void {
    const { width, height } = card.getBoundingClientRect();
    const viewportWidth = this.doc.documentElement.clientWidth || innerWidth;
    const viewportHeight = this.doc.documentElement.clientHeight || innerHeight;
    const below = anchor.rect.bottom + GAP;
    const above = anchor.rect.top - GAP - height;
    const top = below + height <= viewportHeight - EDGE || above < EDGE ? below : above;
    const preferred = anchor.direction === "rtl" ? anchor.rect.right - width : anchor.rect.left;
    const left = Math.max(EDGE, Math.min(preferred, viewportWidth - width - EDGE));
    card.style.top = `${Math.round(top)}px`;
    card.style.left = `${Math.round(left)}px`;
  }
}
