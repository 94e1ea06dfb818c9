/**
 * Long work on the page's main thread is cut into slices of a few milliseconds, so a huge page never
 * freezes: the loop asks `due()` often and awaits `pause()` when its slice is used up.
 */

const SLICE_MS = 8;

declare const scheduler: { yield?: () => Promise<void> } | undefined;

function nextTask(): Promise<void> {
  if (typeof scheduler !== "undefined" && typeof scheduler.yield === "function") return scheduler.yield();
  // A message to ourselves runs in a new task, without setTimeout's 4 ms clamp.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export class Slicer {
  private sliceStart = performance.now();

  due(): boolean {
    return performance.now() - this.sliceStart > SLICE_MS;
  }

  async pause(): Promise<void> {
    await nextTask();
    this.sliceStart = performance.now();
  }
}
