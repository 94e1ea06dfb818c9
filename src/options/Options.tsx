/** The options page: what to mark and in which colour, the sites Marsad is off on, the UI language. */

import { useState } from "preact/hooks";
import browser from "webextension-polyfill";
import type { MessageKey } from "../shared/i18n.ts";
import { PALETTE } from "../shared/palette.ts";
import { CATEGORIES, COLOURS, siteKey, updateSettings, type Colour, type Settings } from "../shared/settings.ts";
import { useSettings } from "../shared/use-settings.ts";
import { EventsSection } from "./EventsSection.tsx";

const COLOUR_NAMES: Record<Colour, MessageKey> = {
  amber: "colourAmber",
  rose: "colourRose",
  violet: "colourViolet",
  sky: "colourSky",
  teal: "colourTeal",
  lime: "colourLime",
};

type Status = { kind: "idle" } | { kind: "saved" } | { kind: "error"; message: string };

export function Options() {
  const { settings, language, t } = useSettings();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [newSite, setNewSite] = useState("");
  const [siteError, setSiteError] = useState(false);
  if (!settings) return null;

  const save = (change: (current: Settings) => Settings) =>
    updateSettings(browser.storage.local, change).then(
      () => setStatus({ kind: "saved" }),
      (error: unknown) => setStatus({ kind: "error", message: String((error as Error)?.message ?? error) }),
    );

  const addSite = (event: Event) => {
    event.preventDefault();
    const key = siteKey(newSite);
    setSiteError(key === null);
    if (key === null) return;
    void save((current) => ({ ...current, disabledSites: [...current.disabledSites, key] }));
    setNewSite("");
  };

  return (
    <main class="options">
      <h1>{t("optionsTitle")}</h1>

      <section>
        <h2>{t("optionsCategories")}</h2>
        {CATEGORIES.map((category) => (
          <fieldset key={category} class="category">
            <legend>
              <label>
                <input
                  type="checkbox"
                  name={`category-${category}`}
                  checked={settings.categories[category]}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    void save((c) => ({ ...c, categories: { ...c.categories, [category]: on } }));
                  }}
                />
                {t(category === "official" ? "optionsOfficials" : "optionsPlaces")}
              </label>
            </legend>
            <div class="swatches" role="radiogroup" aria-label={t("optionsColour")}>
              {COLOURS.map((colour) => (
                <label key={colour} class="swatch" title={t(COLOUR_NAMES[colour])}>
                  <input
                    type="radio"
                    name={`colour-${category}`}
                    value={colour}
                    checked={settings.colours[category] === colour}
                    onChange={() => void save((c) => ({ ...c, colours: { ...c.colours, [category]: colour } }))}
                  />
                  <span
                    class={`sample ${category}`}
                    style={{ background: `rgba(${PALETTE[colour]}, 0.3)`, borderColor: `rgb(${PALETTE[colour]})` }}
                  >
                    {t(COLOUR_NAMES[colour])}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </section>

      <section>
        <h2>{t("optionsSites")}</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="empty">{t("optionsNoSites")}</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span dir="ltr">{site}</span>
                <button
                  type="button"
                  onClick={() => void save((c) => ({ ...c, disabledSites: c.disabledSites.filter((s) => s !== site) }))}
                >
                  {t("optionsRemoveSite", { site })}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="add-site" onSubmit={addSite}>
          <label for="new-site">{t("optionsAddSite")}</label>
          <input
            id="new-site"
            dir="ltr"
            value={newSite}
            aria-invalid={siteError}
            aria-describedby={siteError ? "site-error" : undefined}
            onInput={(e) => setNewSite(e.currentTarget.value)}
          />
          <button type="submit">{t("optionsAdd")}</button>
          {siteError && (
            <p id="site-error" class="error" role="alert">
              {t("optionsBadSite")}
            </p>
          )}
        </form>
      </section>

      <section>
        <h2>
          <label for="language">{t("optionsLanguage")}</label>
        </h2>
        <select
          id="language"
          value={settings.language}
          onChange={(e) => {
            const language = e.currentTarget.value as Settings["language"];
            void save((c) => ({ ...c, language }));
          }}
        >
          <option value="auto">{t("optionsLanguageAuto")}</option>
          <option value="ar" lang="ar">
            العربية
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </section>

      <EventsSection settings={settings} language={language} t={t} />

      <p class="status" role="status">
        {status.kind === "saved" && t("optionsSaved")}
        {status.kind === "error" && t("optionsSaveFailed", { error: status.message })}
      </p>
    </main>
  );
}
