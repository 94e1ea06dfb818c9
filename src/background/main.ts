/** The background: the message handlers, the tagger and event services, and the keyboard commands. */

import "./kb-prefetch.ts"; // first: the knowledge base loads while the rest of this code starts
import browser from "webextension-polyfill";
import { askTab, type BackgroundMessages } from "../shared/messages.ts";
import { answerer, type Handlers } from "../shared/protocol.ts";
import {
  browseEvents,
  deleteEvents,
  exportEvents,
  importEvents,
  latestOf,
  recordArticle,
  relatedTo,
} from "./event-service.ts";
import { BACKGROUND_SCHEMAS } from "./request-schemas.ts";
import { getKnowledge, tag } from "./tagger-service.ts";

type Sender = browser.Runtime.MessageSender;

/** One handler per declared request type: a missing, extra or wrongly answering handler does not compile. */
const handlers = {
  warm: async () => {
    await getKnowledge(); // a failed load rejects: the loader's warm-up ignores it, the first tag tries again
    return { ready: true };
  },
  tag: ({ text }) => tag(text),
  record: ({ text, mentions, source }, sender) => recordArticle(text, mentions, source, sender.tab?.incognito === true),
  related: ({ entities, url }) => relatedTo(entities, url),
  latest: ({ entity }) => latestOf(entity),
  browse: ({ query, offset, limit }) => browseEvents(query, offset, limit),
  "delete-events": ({ ids }) => deleteEvents(ids),
  "export-events": () => exportEvents(),
  "import-events": ({ records }) => importEvents(records),
} satisfies Handlers<BackgroundMessages, Sender>;

const answer = answerer<BackgroundMessages, Sender>(BACKGROUND_SCHEMAS, handlers);

browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
  // Only our own pages and content scripts are answered; a malformed message gets an error reply.
  if (sender.id !== browser.runtime.id) return undefined;
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
