#!/usr/bin/env node
import { cleanUpOnSignals } from "./cleanup";
import { runCli } from "./runCli";

cleanUpOnSignals((t) => process.stderr.write(t));

runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
}).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 1;
  },
);
