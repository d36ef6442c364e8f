#!/usr/bin/env node
// The skillmatch command line: `npx skillmatch --help`. It runs the compiled code (built by
// `npm install` through the prepare script, or `npm run build`).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const entry = join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
if (!existsSync(entry)) {
  console.error('skillmatch is not built yet: run `npm run build` first.');
  process.exit(2);
}
void require(entry).runCli(process.argv);
