// Where a rule is documented (spec/editor.md "documentation links"): docs/rules.md, where each
// rule id is an anchor (test/rules/registry.test.ts checks it). One home for the address: SARIF
// `helpUri`, JSON `docs`, the stylish summary and the LSP's `codeDescription.href` use it.

/** The published docs/rules.md of the project. */
export const RULES_DOCS_URL = 'https://github.com/kehoach/kehoach/blob/main/docs/rules.md';

export function ruleDocsUrl(ruleId: string): string {
  return `${RULES_DOCS_URL}#${ruleId}`;
}
