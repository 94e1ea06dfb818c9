/**
 * One event as the reader sees it, in the popup, the options page and the cards: its kind (icon and
 * words), participants, place, date (marked when approximate) and, where wanted, its sources as links.
 */

import type { ComponentChildren } from "preact";
import type { EventRecord } from "../events/types.ts";
import type { MessageKey, Translate, UiLanguage } from "./i18n.ts";
import type { StoreHealth } from "./messages.ts";

// Icons are plain text symbols that common system fonts have (no emoji font needed), beside words.
function eventKind(record: EventRecord): { icon: string; label: MessageKey } {
  if (record.event === "AGREE") {
    return record.cameo === "036" ? { icon: "◷", label: "eventAnnounced" } : { icon: "✍", label: "eventAgreement" };
  }
  if (record.mode === "phone") return { icon: "☎", label: "eventCall" };
  if (record.mode === "visit") return { icon: "✈", label: "eventVisit" };
  return { icon: "⇄", label: "eventMeeting" };
}

function eventDate(record: EventRecord, language: UiLanguage, t: Translate): string {
  if (!record.date) return t("eventUndated");
  const formatted = new Intl.DateTimeFormat(language, { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${record.date}T00:00:00Z`),
  );
  return record.dateType === "approximate" ? t("eventApproximate", { date: formatted }) : formatted;
}

/** A widely reported event lists its first sources and a count of the rest. */
const MAX_SOURCES = 3;

/** Only web addresses become links; anything else (a file path from `marsad ingest`) stays text. */
const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

interface EventViewProps {
  readonly record: EventRecord;
  readonly language: UiLanguage;
  readonly t: Translate;
  /** Show the articles that told the event. */
  readonly sources?: boolean;
  readonly children?: ComponentChildren;
}

export function EventView({ record, language, t, sources = false, children }: EventViewProps) {
  const kind = eventKind(record);
  const people = [...record.actors, ...record.recipients].map((p) => p.name).join("، ");
  // The place is Arabic inside a phrase in the reader's language: isolate it, not the phrase.
  const [before, after] = t("eventIn", { place: "\u0000" }).split("\u0000");
  return (
    <div class="event" data-event={record.id} data-date-type={record.dateType}>
      <div class="event-head">
        <span class="event-kind">
          <span aria-hidden="true">{kind.icon}</span> {t(kind.label)}
        </span>
        <time
          class={`event-date ${record.dateType}`}
          {...(record.date ? { dateTime: record.date } : {})}
          title={record.dateText ?? undefined}
        >
          {eventDate(record, language, t)}
        </time>
      </div>
      <div class="event-people" lang="ar" dir="rtl">
        {people}
      </div>
      {record.location && (
        <div class="event-place">
          {before}
          <bdi lang="ar">{record.location.text}</bdi>
          {after}
        </div>
      )}
      {sources && (
        <div class="event-sources">
          <span class="label">{t("eventSources")}:</span>
          {record.mentions.slice(0, MAX_SOURCES).map((m) => (
            <span key={m.url} class="source">
              {isWebAddress(m.url) ? (
                <a href={m.url} target="_blank" rel="noopener noreferrer" lang="ar" dir="auto">
                  {m.title}
                </a>
              ) : (
                <span lang="ar" dir="auto" title={m.url}>
                  {m.title}
                </span>
              )}
              <span class="site" dir="ltr">
                {m.site}
              </span>
            </span>
          ))}
          {record.mentions.length > MAX_SOURCES && (
            <span class="more">{t("eventMoreSources", { count: record.mentions.length - MAX_SOURCES })}</span>
          )}
        </div>
      )}
      {children}
    </div>
  );
}

/** The event store's trouble, said plainly; nothing when it is fine. */
export function StoreNotice({ health, t }: { health: StoreHealth; t: Translate }) {
  if (health.state === "ready") return null;
  const message =
    health.state === "full"
      ? t("storeFull", { count: health.unsaved })
      : health.state === "blocked"
        ? t("storeBlocked", { count: health.unsaved })
        : t("storeUnavailable", { reason: health.reason, count: health.unsaved });
  return (
    <p class="notice error" role="alert" data-store={health.state}>
      {message}
    </p>
  );
}
