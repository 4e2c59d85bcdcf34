// Every rule id kehoach can print is a registered rule, with its docs row, messages and config
// key: render once emitted an unregistered `schema/invalid`. Scans the code for ids written as
// `rule: '…'` (diagnostics and the problems the loader records) and for the rule a problem
// catalogue belongs to.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROBLEM_MESSAGES } from '../src/load/problem-messages.js';
import { rules } from '../src/rules/index.js';
import { ROOT } from './helpers.js';

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('emitted rule ids', () => {
  const registered = new Set(rules.map((r) => r.id));

  it('every `rule: ...` id written in src/ is a registered rule', () => {
    const emitted: string[] = [];
    for (const file of tsFiles(join(ROOT, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\brule: '([^']+)'/g)) emitted.push(`${relative(ROOT, file)}: ${m[1]}`);
    }
    expect(emitted.length).toBeGreaterThan(10);
    expect(emitted.filter((e) => !registered.has(e.split(': ')[1]))).toEqual([]);
  });

  it('every problem catalogue belongs to a registered rule that reports it', () => {
    for (const id of Object.keys(PROBLEM_MESSAGES)) {
      const rule = rules.find((r) => r.id === id);
      expect(rule, id).toBeDefined();
      expect(rule?.messages).toBe(PROBLEM_MESSAGES[id as keyof typeof PROBLEM_MESSAGES]);
    }
  });
});
