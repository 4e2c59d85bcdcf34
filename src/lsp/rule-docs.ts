// Where a rule is documented: docs/rules.md, on the project's repository when package.json
// names one, else the copy next to this installation; the rule id is the anchor.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** src/lsp and dist/lsp are both two levels below the package root. */
const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function repositoryUrl(): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { repository?: string | { url?: string } };
    const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    if (!url) return undefined;
    return url.replace(/^git\+/, '').replace(/\.git$/, '');
  } catch {
    return undefined;
  }
}

let base: string | undefined;

export function ruleDocsUrl(ruleId: string): string {
  if (base === undefined) {
    const repo = repositoryUrl();
    base = repo ? `${repo}/blob/main/docs/rules.md` : pathToFileURL(join(PACKAGE_ROOT, 'docs', 'rules.md')).href;
  }
  return `${base}#${ruleId}`;
}
