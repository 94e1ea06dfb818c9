/** The background: the message router, the tagger and event services, and the keyboard commands. */

import browser from "webextension-polyfill";
import { toEventRecord } from "../events/record-format.ts";
import { askTab, BACKGROUND_REQUEST_TYPES, isRequest, type BackgroundRequest } from "../shared/messages.ts";
import {
  browseEvents,
  deleteEvents,
  exportEvents,
  importEvents,
  latestOf,
  recordArticle,
  relatedTo,
} from "./event-service.ts";
import { tag } from "./tagger-service.ts";

async function answer(request: BackgroundRequest, sender: browser.Runtime.MessageSender): Promise<unknown> {
  switch (request.type) {
    case "tag":
      if (typeof request.text !== "string") throw new Error("tag: text must be a string");
      return { mentions: await tag(request.text) };
    case "record":
      return recordArticle(request.text, request.mentions, request.source, sender.tab?.incognito === true);
    case "related":
      return relatedTo(request.entities, request.url);
    case "latest":
      return latestOf(request.entity);
    case "browse":
      return browseEvents(request.query, request.offset, request.limit);
    case "delete-events":
      return deleteEvents(request.ids);
    case "export-events":
      return exportEvents();
    case "import-events":
      // The options page validated the file; check again, since this is what gets stored.
      return importEvents(request.records.map(toEventRecord));
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Only our own pages and content scripts can reach this listener; still, check the shape.
  if (sender.id !== browser.runtime.id || !isRequest<BackgroundRequest>(message, BACKGROUND_REQUEST_TYPES)) {
    return undefined;
  }
  return answer(message, sender);
});

browser.commands.onCommand.addListener(async (command) => {
  const direction = command === "next-mark" ? 1 : command === "previous-mark" ? -1 : 0;
  if (direction === 0) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await askTab(tab.id, { type: "step", direction }).catch(() => {
    // No annotator on this tab (not an Arabic article): the command has nothing to step through.
  });
});
