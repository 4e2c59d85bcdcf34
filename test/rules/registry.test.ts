// The registry stays in step with the files (notes/architecture.md, "Adding a rule"; after
// markdownlint's readme test and ESLint's checkRuleFiles): every rule file is registered, its id
// is its path, its messages exist in both languages, it has a test file, and docs/rules.md has
// its row with the same default severity.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { rules } from '../../src/rules/index.js';
import { layoutRules } from '../../src/check/rules/index.js';
import type { Rule } from '../../src/rules/rule.js';
import { ROOT } from '../documents.js';

const RULES_DIR = join(ROOT, 'src/rules');

/** `group/name` of every rule file: src/rules/<group>/<name>.ts, leaving out `_lib/` and `_helpers.ts`. */
function ruleFiles(): string[] {
  const ids: string[] = [];
  for (const group of readdirSync(RULES_DIR, { withFileTypes: true })) {
    if (!group.isDirectory() || group.name.startsWith('_')) continue;
    for (const file of readdirSync(join(RULES_DIR, group.name))) {
      if (!file.endsWith('.ts') || file.startsWith('_') || file.endsWith('.d.ts')) continue;
      ids.push(`${group.name}/${file.slice(0, -'.ts'.length)}`);
    }
  }
  return ids.sort();
}

/** `id → default severity` from the tables of docs/rules.md: rows such as "| <a id="ref/agency"></a>`ref/agency` | error | ...". */
function documentedSeverities(): Map<string, string> {
  const rows = new Map<string, string>();
  const markdown = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
  for (const line of markdown.split('\n')) {
    const row = /^\|\s*(?:<a id="([^"]*)"><\/a>)?`([a-z]+\/[a-z0-9-]+)`\s*\|\s*([a-z]+)\s*\|/.exec(line);
    if (row) rows.set(row[2], row[3]);
  }
  return rows;
}

/** The `<a id="…">` anchors of docs/rules.md: the documentation links of the reports point at them. */
function documentedAnchors(): Set<string> {
  const markdown = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
  return new Set([...markdown.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]));
}

const importDefault = async (path: string): Promise<unknown> => ((await import(pathToFileURL(path).href)) as { default?: unknown }).default;

const byId = (rule: Rule) => [rule.id, rule] as const;

describe('rule files', () => {
  const files = ruleFiles();

  test('there are rule files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files)('src/rules/%s.ts is registered in src/rules/index.ts, with its path as its id', async (path) => {
    const exported = (await importDefault(join(RULES_DIR, `${path}.ts`))) as Rule | undefined;
    expect(exported?.id).toBe(path);
    expect(rules.includes(exported as Rule)).toBe(true);
  });
});

describe('the registry', () => {
  test('is sorted by id and has no duplicate', () => {
    const ids = rules.map((r) => r.id);
    expect(ids).toEqual([...new Set(ids)].sort());
  });

  describe.each(rules.map(byId))('%s', (id, rule) => {
    test('lives in the file its id names', async () => {
      expect(await importDefault(join(RULES_DIR, `${id}.ts`))).toBe(rule);
    });

    test('has a description and every message in Vietnamese and English', () => {
      const texts = { description: rule.description, ...(rule.messages as Record<string, { vi?: unknown; en?: unknown }>) };
      const missing = Object.entries(texts).flatMap(([key, text]) =>
        (['vi', 'en'] as const).filter((lang) => typeof text[lang] !== 'string' || (text[lang] as string).trim() === '').map((lang) => `${key}.${lang}`),
      );
      expect(missing).toEqual([]);
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    });

    test('has a test file', () => {
      expect(existsSync(join(ROOT, 'test/rules', `${id}.test.ts`)), `test/rules/${id}.test.ts`).toBe(true);
    });

    test('has a row in docs/rules.md with the same default severity', () => {
      expect(documentedSeverities().get(id)).toBe(rule.severity);
    });

    test('has its id as an anchor in docs/rules.md', () => {
      expect(documentedAnchors().has(id)).toBe(true);
    });
  });
});

describe('docs/rules.md', () => {
  test('lists only registered rules', () => {
    // The layout rules of kehoach check have their rows too (test/check/registry.test.ts checks them).
    const registered = new Set([...rules, ...layoutRules].map((r) => r.id));
    expect([...documentedSeverities().keys()].filter((id) => !registered.has(id))).toEqual([]);
  });

  test('gives every rule a severity the config accepts', () => {
    expect([...documentedSeverities()].filter(([, severity]) => !['error', 'warning', 'info'].includes(severity))).toEqual([]);
  });
});
