/** The toolbar popup: is this an Arabic article, its officials and places, the switch for this site, and the events related to the page. */

import { useEffect, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import type { Translate, UiLanguage } from "../shared/i18n.ts";
import type { EventRecord } from "../events/types.ts";
import { EventView, StoreNotice } from "../shared/event-view.tsx";
import {
  askBackground,
  askTab,
  type EntitySummary,
  type PageSummary,
  type BackgroundReply,
} from "../shared/messages.ts";
import { updateSettings, type Category } from "../shared/settings.ts";
import { useSettings } from "../shared/use-settings.ts";

const POLL_MS = 300;

/** The tab the popup is about: the active one, or ?tab=ID when the popup is opened as a page (tests, pinning). */
async function targetTab(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get("tab"));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

type Loaded = { state: "loading" } | { state: "unavailable" } | { state: "ready"; tab: number; page: PageSummary };

function usePage(): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const tab = await targetTab();
      const page = tab === null ? null : await askTab(tab, { type: "summary" }).catch(() => null);
      if (stopped) return;
      setLoaded(tab !== null && page ? { state: "ready", tab, page } : { state: "unavailable" });
      // Keep the list current while the page is still being read or grows later.
      timer = setTimeout(poll, page?.status === "working" ? POLL_MS : POLL_MS * 5);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  return loaded;
}

interface EntityListProps {
  readonly entities: readonly EntitySummary[];
  readonly tab: number;
  readonly language: UiLanguage;
  readonly t: Translate;
}

function EntityList({ entities, tab, language, t }: EntityListProps) {
  const sorted = [...entities].sort((a, b) => b.count - a.count);
  const numbers = new Intl.NumberFormat(language);
  return (
    <ul class="entities">
      {sorted.map((entity) => (
        <li key={entity.entity}>
          <button
            type="button"
            class={`entity ${entity.type}`}
            title={t("popupShowMention", { name: entity.name })}
            onClick={() => void askTab(tab, { type: "reveal", entity: entity.entity })}
          >
            <span class="name" lang="ar" dir="rtl">
              {entity.name}
            </span>
            {entity.latin && (
              <span class="latin" lang="en" dir="ltr">
                {entity.latin}
              </span>
            )}
            <span class="count" data-count={entity.count} aria-label={t("popupCount", { count: entity.count })}>
              {numbers.format(entity.count)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Stored events sharing the page's entities; asked again only when those entities change. */
type Related = BackgroundReply<"related">;

function useRelated(page: PageSummary | null): Related | null {
  const [related, setRelated] = useState<Related | null>(null);
  const entities = page?.entities.map((e) => e.entity) ?? [];
  const url = page?.source?.url ?? "";
  const key = `${url} ${entities.join(" ")} ${page?.events.length ?? 0}`;
  useEffect(() => {
    if (!url || entities.length === 0) return setRelated(null);
    let stale = false;
    askBackground({ type: "related", entities, url }).then(
      (answer) => !stale && setRelated(answer),
      () => !stale && setRelated(null),
    );
    return () => {
      stale = true;
    };
  }, [key]);
  return related;
}

interface EventsProps {
  readonly page: PageSummary;
  readonly language: UiLanguage;
  readonly t: Translate;
}

/** "In this article" and "Related events", with a filter by one of the page's officials or places. */
function Events({ page, language, t }: EventsProps) {
  const related = useRelated(page);
  const [filter, setFilter] = useState("");
  const names = new Map(page.entities.map((e) => [e.entity, e.name]));
  const involves = (record: EventRecord, entity: string) =>
    [...record.actors, ...record.recipients].some((p) => p.entity === entity) || record.location?.entity === entity;
  // This article's events as stored carry every other article that told them; unstored (paused, private), as read.
  const own = (related?.own.length ? related.own : page.events).filter((r) => !filter || involves(r, filter));
  const others = (related?.events ?? []).filter((r) => !filter || r.shared.includes(filter));
  const recordingNotice =
    page.recording === "paused"
      ? t("popupPaused")
      : page.recording === "private"
        ? t("popupPrivate")
        : page.recording === "failed"
          ? t("popupSaveFailed")
          : null;
  return (
    <section class="events-panel">
      {recordingNotice && (
        <p class="notice" role="status" data-recording={page.recording}>
          {recordingNotice}
        </p>
      )}
      {related && <StoreNotice health={related.health} t={t} />}
      <label class="filter">
        <span>{t("popupFilter")}</span>
        <select value={filter} onChange={(e) => setFilter(e.currentTarget.value)}>
          <option value="">{t("popupFilterAll")}</option>
          {page.entities.map((e) => (
            <option key={e.entity} value={e.entity} lang="ar">
              {e.name}
            </option>
          ))}
        </select>
      </label>
      <section class="related">
        <h2>{t("popupRelated")}</h2>
        {others.length === 0 ? (
          <p class="empty">{t("popupNoRelated")}</p>
        ) : (
          <ul class="event-list">
            {others.map(({ record, shared }) => (
              <li key={record.id}>
                <EventView record={record} language={language} t={t} sources>
                  <div class="shared">
                    {t("popupShared", { names: shared.map((id) => names.get(id) ?? id).join("، ") })}
                  </div>
                </EventView>
              </li>
            ))}
          </ul>
        )}
      </section>
      {own.length > 0 && (
        <section class="in-article">
          <h2>{t("popupInArticle")}</h2>
          <ul class="event-list">
            {own.map((record) => (
              <li key={record.id}>
                <EventView record={record} language={language} t={t} sources={record.mentions.length > 1} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

const GROUPS: readonly [Category, "popupOfficials" | "popupPlaces"][] = [
  ["official", "popupOfficials"],
  ["place", "popupPlaces"],
];

/** "Persian" or «الفارسية»: the page's language named in the popup's own. */
function languageName(code: string, uiLanguage: UiLanguage): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function Popup() {
  const { settings, language, t } = useSettings();
  const loaded = usePage();
  const header = (
    <header>
      <h1>{t("extShortName")}</h1>
      <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
        {t("popupSettings")}
      </button>
    </header>
  );
  if (loaded.state !== "ready") {
    return (
      <main>
        {header}
        <p class="status" role="status">
          {t(loaded.state === "loading" ? "popupWorking" : "popupUnavailable")}
        </p>
      </main>
    );
  }
  const { page, tab } = loaded;
  // The switch follows the stored settings at once; the page's own answer may be a poll behind.
  const enabled = settings ? !settings.disabledSites.includes(page.site) : page.enabled;
  const status =
    page.status === "working"
      ? t("popupWorking")
      : page.status === "not-article"
        ? t("popupNotArticle")
        : page.status === "other-language"
          ? t("popupOtherLanguage", { language: languageName(page.language ?? "", language) })
          : enabled
            ? t("popupArticle")
            : t("popupArticleOff");
  const toggleSite = (on: boolean) =>
    void updateSettings(browser.storage.local, (current) => ({
      ...current,
      disabledSites: on
        ? current.disabledSites.filter((site) => site !== page.site)
        : [...current.disabledSites, page.site],
    }));
  return (
    <main>
      {header}
      <p class="status" role="status" data-status={page.status}>
        {status}
      </p>
      <label class="switch">
        <input type="checkbox" checked={enabled} onChange={(e) => toggleSite(e.currentTarget.checked)} />
        <span>{t("popupSiteSwitch", { site: page.site })}</span>
      </label>
      {page.status === "article" && enabled && page.entities.length === 0 && (
        <p class="empty">{t("popupNothingFound")}</p>
      )}
      {GROUPS.map(([type, heading]) => {
        const entities = page.entities.filter((e) => e.type === type);
        if (entities.length === 0) return null;
        return (
          <section key={type} class={`group ${type}`}>
            <h2>{t(heading)}</h2>
            <EntityList entities={entities} tab={tab} language={language} t={t} />
          </section>
        );
      })}
      {page.status === "article" && enabled && page.entities.length > 0 && (
        <Events page={page} language={language} t={t} />
      )}
    </main>
  );
}
