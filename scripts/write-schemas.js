#!/usr/bin/env node
// Regenerates schemas/*.json from the zod model (run after `npm run build`).
import { writeFileSync, mkdirSync } from 'node:fs';
import { SCHEMA_NAMES, jsonSchemaText } from '../dist/model/json-schema.js';

mkdirSync(new URL('../schemas/', import.meta.url), { recursive: true });
for (const name of SCHEMA_NAMES) {
  writeFileSync(new URL(`../schemas/${name}.json`, import.meta.url), jsonSchemaText(name));
  console.log(`schemas/${name}.json`);
}
