/*
 * Preloaded into the command line by test/cli/signals.test.ts (node --require): the temporary
 * file of an output is written in small pieces with pauses, so that a signal can be sent while
 * the write is under way. The write itself is the real one, into the real file.
 */
/* global Buffer, setTimeout */
const fs = require("node:fs");

const open = fs.promises.open;
fs.promises.open = async function slowOpen(file, ...rest) {
  const handle = await open.call(this, file, ...rest);
  if (!String(file).endsWith(".tmp")) return handle;
  handle.writeFile = async (data) => {
    const bytes = Buffer.from(data);
    for (let at = 0; at < bytes.length; at += 2048) {
      await handle.write(bytes.subarray(at, Math.min(at + 2048, bytes.length)));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  return handle;
};
