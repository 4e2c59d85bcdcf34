// The folder of kehoach's own package.json: where data/, templates/ and docs/ are shipped.
// Found by going up from this module, so that it holds wherever the code runs from: src/ under
// vitest, dist/ as tsc writes it, or the bundle in dist/bundle/ (scripts/bundle.js), where the
// modules are no longer at their depth in src/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`kehoach: no package.json above ${from}`);
  }
}

export const PACKAGE_ROOT: string = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
