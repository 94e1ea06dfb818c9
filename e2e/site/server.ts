/** The local news site on 127.0.0.1: the demo (npm start) and the fixture pages of the end-to-end tests. */

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { articlePage, englishPage, HOSTILE_CSS, latePage, portalPage, spaPage } from "./news-pages.ts";
import { DEMO_PAGES, REAL_WORLD_PAGES, realWorldPath } from "./real-world/index.ts";
import { seedArticles, type SeedArticle } from "./seed-articles.ts";

const SITE_CSS = `
body { margin: 0; font: 18px/1.7 "Noto Naskh Arabic", "Noto Sans Arabic", Tahoma, serif; color: #1b1b1f; background: #fbfaf7; }
.site-header { display: flex; gap: 24px; align-items: center; padding: 10px 24px; background: #0f3d5e; color: #fff; }
.site-header a { color: #fff; text-decoration: none; }
.site-header ul { display: flex; gap: 16px; list-style: none; margin: 0; padding: 0; }
.logo { font-weight: 700; font-size: 22px; }
.today { font-size: 14px; opacity: .8; }
.ticker { background: #b91c1c; color: #fff; padding: 6px 24px; font-size: 15px; }
main { max-width: 760px; margin: 0 auto; padding: 16px 24px 48px; }
h1 { font-size: 30px; line-height: 1.4; }
.standfirst { font-size: 20px; color: #444; }
figure { margin: 16px 0; } figure img { width: 100%; height: auto; background: #d9e2ec; }
figcaption { font-size: 14px; color: #555; }
.tags { display: flex; gap: 8px; list-style: none; padding: 0; }
.tags a { background: #eee; padding: 2px 8px; border-radius: 4px; color: #333; text-decoration: none; }
.related { border-top: 1px solid #ddd; margin-top: 32px; }
.comments textarea { display: block; width: 100%; height: 80px; }
.site-footer { color: #777; font-size: 14px; }
@media (prefers-color-scheme: dark) { body { background: #16171a; color: #e8e8ea; } .standfirst { color: #bbb; } }
`;

const PHOTO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="280" viewBox="0 0 640 280"><rect width="640" height="280" fill="#d9e2ec"/><circle cx="220" cy="140" r="60" fill="#9fb3c8"/><circle cx="420" cy="140" r="60" fill="#829ab1"/></svg>`;

export interface NewsSite {
  readonly origin: string;
  readonly articles: readonly SeedArticle[];
  /** Every path requested so far, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

function routes(articles: readonly SeedArticle[]): Map<string, [string, string]> {
  const html = "text/html; charset=utf-8";
  const table = new Map<string, [string, string]>();
  articles.forEach((article, i) => {
    const related = articles.filter((_, j) => j !== i).slice(0, 3);
    table.set(`/${article.slug}.html`, [html, articlePage(article, related)]);
  });
  const first = articles[1]!;
  table.set("/", [html, portalPage(articles, DEMO_PAGES)]);
  table.set("/portal.html", [html, portalPage(articles)]);
  table.set("/english.html", [html, englishPage()]);
  table.set("/late.html", [html, latePage(first)]);
  table.set("/hostile.html", [html, articlePage(first, articles.slice(2, 4), HOSTILE_CSS)]);
  table.set("/spa.html", [html, spaPage(articles[1]!, articles[4]!)]);
  table.set("/spa/second", [html, spaPage(articles[1]!, articles[4]!)]);
  for (const fixture of REAL_WORLD_PAGES) table.set(realWorldPath(fixture), [html, fixture.html]);
  table.set("/site.css", ["text/css; charset=utf-8", SITE_CSS]);
  table.set("/photo.svg", ["image/svg+xml", PHOTO_SVG]);
  return table;
}

/** extraPages: more paths and their HTML (the benchmark's very long page). */
export async function startNewsSite(port = 0, extraPages: Record<string, string> = {}): Promise<NewsSite> {
  const articles = seedArticles();
  const table = routes(articles);
  for (const [path, html] of Object.entries(extraPages)) table.set(path, ["text/html; charset=utf-8", html]);
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    requests.push(path);
    const found = table.get(path);
    if (!found) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": found[0], "cache-control": "no-store" }).end(found[1]);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    articles,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
