/** Process wiring for the `marsad` command: the logic lives in main.ts. */

import { main } from "./main.ts";

// `marsad tag FILE | head` closes the pipe early: stop quietly, as Unix tools do, not with a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const code = main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  ...(process.stderr.isTTY ? { status: (line: string) => process.stderr.write(`\r\x1b[K${line}`) } : {}),
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
});
process.exitCode = code;
