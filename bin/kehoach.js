#!/usr/bin/env node
// Thin executable: everything lives in dist/cli/main.js, run as one bundle (dist/bundle/main.js,
// built from src/ by `npm run build`: tsc, then scripts/bundle.js).
import { main } from '../dist/bundle/main.js';

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  isStderrTTY: Boolean(process.stderr.isTTY),
});
process.exitCode = code;
