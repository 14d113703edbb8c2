#!/usr/bin/env node
// The hookrelay command, as built into dist/ by `npm ci` and every `npm start` (scripts/build.mjs).
import "../dist/cli.js";
