/** Process wiring for the `marsad` command: the logic lives in main.ts. */

import { main } from "./main.ts";

const code = main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  ...(process.stderr.isTTY ? { status: (line: string) => process.stderr.write(`\r\x1b[K${line}`) } : {}),
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
});
process.exitCode = code;
