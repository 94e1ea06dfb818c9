/** The card of one entity: names, role, country, the page's spellings and a way to the next mention. */

import type { EventRecord } from "../events/types.ts";
import { EventView } from "../shared/event-view.tsx";
import type { EntitySummary } from "../shared/messages.ts";
import { directionOf, type Translate, type UiLanguage } from "../shared/i18n.ts";
import { countryName } from "./entity-summary.ts";

export interface CardProps {
  readonly entity: EntitySummary;
  /** Which of the entity's mentions this is, from 1. */
  readonly position: number;
  /** The latest stored events of this person or place, once the background has answered. */
  readonly events?: readonly EventRecord[] | undefined;
  readonly language: UiLanguage;
  readonly t: Translate;
  readonly onNext: () => void;
  readonly onClose: () => void;
}

export function Card({ entity, position, events = [], language, t, onNext, onClose }: CardProps) {
  const others = entity.spellings.filter((s) => s !== entity.name);
  const numbers = new Intl.NumberFormat(language);
  return (
    <div
      class={`card ${entity.type}`}
      role="dialog"
      aria-label={t("cardRegion")}
      dir={directionOf(language)}
      lang={language}
    >
      <div class="head">
        <span class="kind">{t(entity.type === "official" ? "cardOfficial" : "cardPlace")}</span>
        <button type="button" class="close" aria-label={t("cardClose")} title={t("cardClose")} onClick={onClose}>
          ×
        </button>
      </div>
      <div class="name" lang="ar" dir="rtl">
        {entity.name}
      </div>
      {entity.latin && (
        <div class="latin" lang="en" dir="ltr">
          {entity.latin}
        </div>
      )}
      <dl>
        {entity.role && (
          <>
            <dt>{t("cardRole")}</dt>
            <dd lang="ar" dir="rtl">
              {entity.role}
            </dd>
          </>
        )}
        {entity.country && (
          <>
            <dt>{t("cardCountry")}</dt>
            <dd>{countryName(entity.country, language)}</dd>
          </>
        )}
        {others.length > 0 && (
          <>
            <dt>{t("cardSpellings")}</dt>
            <dd lang="ar" dir="rtl">
              {others.join("، ")}
            </dd>
          </>
        )}
        <dt>{t("cardMentions")}</dt>
        <dd class="count">
          {numbers.format(position)} / {numbers.format(entity.count)}
        </dd>
      </dl>
      {events.length > 0 && (
        <section class="events" aria-label={t("cardEvents")}>
          <h3>{t("cardEvents")}</h3>
          {events.map((record) => (
            <EventView key={record.id} record={record} language={language} t={t} />
          ))}
        </section>
      )}
      {entity.count > 1 && (
        <button type="button" class="next" onClick={onNext}>
          {t("cardNext")}
        </button>
      )}
    </div>
  );
}

/** The card's own stylesheet, inside its shadow root: site CSS cannot reach it, it cannot reach the site. */
export const CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed; box-sizing: border-box; width: max-content; max-width: min(340px, calc(100vw - 16px));
  padding: 10px 12px; border-radius: 8px; border: 1px solid rgba(0,0,0,.15);
  background: #fff; color: #1b1b1f; box-shadow: 0 6px 24px rgba(0,0,0,.18);
  font: 14px/1.5 system-ui, "Noto Sans Arabic", "Segoe UI", Tahoma, sans-serif; text-align: start;
}
.card.official { border-top: 3px solid rgb(245,166,35); }
.card.place { border-top: 3px dotted rgb(14,165,233); }
.head { display: flex; justify-content: space-between; align-items: center; gap: 12px; }
.kind { font-size: 12px; color: #5f5f6b; }
.close { all: unset; cursor: pointer; font-size: 18px; line-height: 1; padding: 0 4px; border-radius: 4px; color: #5f5f6b; }
.name { font-size: 17px; font-weight: 600; margin-top: 2px; }
.latin { color: #3f3f4a; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 8px 0 0; }
dt { color: #5f5f6b; font-size: 12px; padding-top: 2px; }
dd { margin: 0; }
.next { all: unset; cursor: pointer; margin-top: 8px; padding: 3px 10px; border-radius: 6px;
  background: #1d4ed8; color: #fff; font-size: 13px; }
.events { margin-top: 8px; border-top: 1px solid rgba(127,127,127,.3); padding-top: 6px; }
h3 { all: unset; display: block; font-size: 12px; color: #5f5f6b; }
.event { margin-top: 4px; font-size: 13px; }
.event-head { display: flex; justify-content: space-between; gap: 8px; }
.event-date { color: #5f5f6b; font-size: 12px; }
.event-date.approximate, .event-date.unresolved { font-style: italic; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2024; color: #ececf1; border-color: rgba(255,255,255,.18); }
  .kind, dt, .close, h3, .event-date { color: #a6a6b3; }
  .latin { color: #cfcfd8; }
  .next { background: #3b82f6; }
}
`;
