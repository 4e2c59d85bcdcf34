// Where a rule is documented (spec/editor.md "documentation links"): docs/rules.md, where each
// rule id is an anchor (test/rules/registry.test.ts checks it). One home for the address: SARIF
// `helpUri`, JSON `docs`, the stylish summary and the LSP's `codeDescription.href` use it.
// The project's repository when package.json names one, else the copy shipped with this
// installation (docs/ is in the package's files): never an address nobody has published.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../package-root.js';

function repositoryUrl(): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { repository?: string | { url?: string } };
    const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    return url ? url.replace(/^git\+/, '').replace(/\.git$/, '') : undefined;
  } catch {
    return undefined;
  }
}

/** The docs/rules.md that documents this installation's rules. */
export const RULES_DOCS_URL: string = (() => {
  const repo = repositoryUrl();
  return repo ? `${repo}/blob/main/docs/rules.md` : pathToFileURL(join(PACKAGE_ROOT, 'docs', 'rules.md')).href;
})();

export function ruleDocsUrl(ruleId: string): string {
  return `${RULES_DOCS_URL}#${ruleId}`;
}
