/**
 * The options page's events: the recording switch, search over every stored event, delete, export as
 * JSON lines or CSV, and import of JSON lines that reports each bad line and never removes what is stored.
 */

import { useEffect, useRef, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { toCsv } from "../events/csv.ts";
import { MAX_IMPORT_BYTES, readEventLines, toJsonLines, type LineError } from "../events/record-format.ts";
import type { EventRecord } from "../events/types.ts";
import { EventView, StoreNotice } from "../shared/event-view.tsx";
import type { Translate, UiLanguage } from "../shared/i18n.ts";
import { askBackground, type StoreHealth } from "../shared/messages.ts";
import { updateSettings, type Settings } from "../shared/settings.ts";

const PAGE_SIZE = 50;
const SEARCH_DEBOUNCE_MS = 200;
/** Records per import message: large files go over in pieces rather than one huge message. */
const IMPORT_CHUNK = 500;
const MAX_ERRORS_SHOWN = 50;

type ImportReport =
  | { kind: "done"; added: number; merged: number; errors: LineError[] }
  | { kind: "rejected"; message: string; errors: LineError[] };

interface Listing {
  readonly total: number;
  readonly stored: number;
  readonly records: EventRecord[];
  readonly health: StoreHealth;
}

interface Props {
  readonly settings: Settings;
  readonly language: UiLanguage;
  readonly t: Translate;
}

function useListing(query: string, limit: number, version: number): Listing | null {
  const [listing, setListing] = useState<Listing | null>(null);
  useEffect(() => {
    let stale = false;
    const timer = setTimeout(() => {
      void askBackground({ type: "browse", query, offset: 0, limit }).then((answer) => !stale && setListing(answer));
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query, limit, version]);
  return listing;
}

async function importFile(file: File, t: Translate): Promise<ImportReport> {
  if (file.size > MAX_IMPORT_BYTES) {
    return { kind: "rejected", message: t("optionsImportTooBig", { size: MAX_IMPORT_BYTES / 1048576 }), errors: [] };
  }
  let content: string;
  try {
    content = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return { kind: "rejected", message: t("optionsImportNotText"), errors: [] };
  }
  const { records, errors } = readEventLines(content);
  if (records.length === 0) return { kind: "rejected", message: t("optionsImportNothing"), errors };
  let added = 0;
  let merged = 0;
  for (let i = 0; i < records.length; i += IMPORT_CHUNK) {
    const answer = await askBackground({ type: "import-events", records: records.slice(i, i + IMPORT_CHUNK) });
    added += answer.added;
    merged += answer.merged;
  }
  return { kind: "done", added, merged, errors };
}

function ImportResult({ report, t }: { report: ImportReport; t: Translate }) {
  const { errors } = report;
  return (
    <div class="import-report" role="status" data-result={report.kind}>
      <p class={report.kind === "rejected" ? "error" : ""}>
        {report.kind === "done" ? t("optionsImported", { added: report.added, merged: report.merged }) : report.message}
      </p>
      {errors.length > 0 && (
        <>
          <p>{t("optionsImportSkipped", { count: errors.length })}</p>
          <ul class="line-errors">
            {errors.slice(0, MAX_ERRORS_SHOWN).map((e) => (
              <li key={e.line} data-line={e.line}>
                {t("optionsImportLine", { line: e.line, message: e.message })}
              </li>
            ))}
            {errors.length > MAX_ERRORS_SHOWN && <li>…</li>}
          </ul>
        </>
      )}
    </div>
  );
}

export function EventsSection({ settings, language, t }: Props) {
  const [query, setQuery] = useState("");
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [version, setVersion] = useState(0);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [download, setDownload] = useState<{ url: string; file: string; count: number } | null>(null);
  const link = useRef<HTMLAnchorElement>(null);
  const listing = useListing(query, limit, version);
  const refresh = () => setVersion((v) => v + 1);

  useEffect(() => {
    if (download) link.current?.click();
    return () => {
      if (download) URL.revokeObjectURL(download.url);
    };
  }, [download]);

  const exportAs = async (format: "jsonl" | "csv") => {
    const { records } = await askBackground({ type: "export-events" });
    const body = format === "jsonl" ? toJsonLines(records) : toCsv(records);
    const type = format === "jsonl" ? "application/x-ndjson" : "text/csv";
    const day = new Date().toISOString().slice(0, 10);
    const url = URL.createObjectURL(new Blob([body], { type: `${type};charset=utf-8` }));
    setDownload({ url, file: `marsad-events-${day}.${format}`, count: records.length });
  };

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      setReport(await importFile(file, t));
    } catch (error) {
      setReport({ kind: "rejected", message: t("optionsImportFailed", { error: String(error) }), errors: [] });
    }
    input.value = "";
    refresh();
  };

  const remove = async (id: string) => {
    await askBackground({ type: "delete-events", ids: [id] });
    refresh();
  };

  return (
    <section class="stored-events">
      <h2>{t("optionsEvents")}</h2>
      <label class="switch">
        <input
          type="checkbox"
          name="record-events"
          checked={settings.recordEvents}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            void updateSettings(browser.storage.local, (c) => ({ ...c, recordEvents: on }));
          }}
        />
        <span>{t("optionsRecord")}</span>
      </label>
      {listing && <StoreNotice health={listing.health} t={t} />}
      <div class="event-tools">
        <label for="event-search" class="visually-hidden">
          {t("optionsSearch")}
        </label>
        <input
          id="event-search"
          type="search"
          placeholder={t("optionsSearch")}
          value={query}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setLimit(PAGE_SIZE);
          }}
        />
        <button type="button" class="export-jsonl" onClick={() => void exportAs("jsonl")}>
          {t("optionsExportJsonl")}
        </button>
        <button type="button" class="export-csv" onClick={() => void exportAs("csv")}>
          {t("optionsExportCsv")}
        </button>
        <label class="import">
          <span>{t("optionsImport")}</span>{" "}
          <input
            type="file"
            name="import"
            accept=".jsonl,.ndjson,.json,.txt,application/x-ndjson,application/json,text/plain"
            onChange={(e) => void onImport(e.currentTarget)}
          />
        </label>
      </div>
      {download && (
        <p class="download">
          <a ref={link} href={download.url} download={download.file} data-count={download.count}>
            {t("optionsExportReady", { count: download.count, file: download.file })}
          </a>
        </p>
      )}
      {report && <ImportResult report={report} t={t} />}
      {listing && (
        <>
          <p class="event-count" data-total={listing.total} data-stored={listing.stored}>
            {listing.stored === 0
              ? t("optionsNoEvents")
              : listing.total === 0
                ? t("optionsNoMatch")
                : t("optionsEventCount", { shown: listing.records.length, total: listing.total })}
          </p>
          <ul class="event-list">
            {listing.records.map((record) => (
              <li key={record.id}>
                <EventView record={record} language={language} t={t} sources>
                  <button
                    type="button"
                    class="delete"
                    aria-label={t("optionsDeleteEvent")}
                    onClick={() => void remove(record.id)}
                  >
                    {t("optionsDelete")}
                  </button>
                </EventView>
              </li>
            ))}
          </ul>
          {listing.records.length < listing.total && (
            <button type="button" class="more" onClick={() => setLimit((l) => l + PAGE_SIZE)}>
              {t("optionsMore")}
            </button>
          )}
        </>
      )}
    </section>
  );
}
