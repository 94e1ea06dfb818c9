/** The background: the message router, the tagger service and the keyboard commands. */

import browser from "webextension-polyfill";
import { askTab, isRequest, type BackgroundRequest } from "../shared/messages.ts";
import { tag } from "./tagger-service.ts";

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Only our own pages and content scripts can reach this listener; still, check the shape.
  if (sender.id !== browser.runtime.id || !isRequest<BackgroundRequest>(message, ["tag"])) return undefined;
  if (typeof message.text !== "string") return Promise.reject(new Error("tag: text must be a string"));
  return tag(message.text).then((mentions) => ({ mentions }));
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
