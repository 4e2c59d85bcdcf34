import { readdirSync, readFileSync } from 'node:fs'; import { join } from 'node:path';
import jsYaml from 'js-yaml';
const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => e.name.startsWith('.') ? [] : e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]);
for (const f of walk(process.argv[2])) jsYaml.load(readFileSync(f, 'utf8'), { schema: jsYaml.CORE_SCHEMA });
