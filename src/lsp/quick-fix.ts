// Quick fixes from the diagnostics' hints (spec/editor.md "Code actions"): a hint that names a
// replacement — did-you-mean, a citation's date or issuer from the record, NFC, whitespace,
// invisible characters, `kind:` — becomes an edit of the finding's range. The hint is read
// back through the rule's own message templates (vi or en), so no wording is duplicated here.
import type { Diagnostic, Range } from '../diagnostics/diagnostic.js';
import { rules } from '../rules/index.js';

export interface Replacement {
  /** What the code action is called in the editor's menu. */
  title: string;
  range: Range;
  newText: string;
}

type HintData = Record<string, string>;

/** The hint's message key and the values filled into it, found by matching the rule's templates. */
export function readHint(ruleId: string, hint: string): { key: string; data: HintData } | undefined {
  const rule = rules.find((r) => r.id === ruleId);
  if (!rule) return undefined;
  for (const [key, text] of Object.entries(rule.messages as Record<string, { vi: string; en: string }>)) {
    if (!key.startsWith('hint') && !key.endsWith('.hint')) continue;
    for (const template of [text.vi, text.en]) {
      const names: string[] = [];
      const pattern = template
        .split(/(\{\w+\})/)
        .map((part) => {
          const name = /^\{(\w+)\}$/.exec(part)?.[1];
          if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(name);
          return '([\\s\\S]*?)';
        })
        .join('');
      const match = new RegExp(`^${pattern}$`).exec(hint);
      if (match) return { key, data: Object.fromEntries(names.map((n, i) => [n, match[i + 1]])) };
    }
  }
  return undefined;
}

/** `written`: the document's text in the finding's range. */
export function replacementsFor(d: Diagnostic, written: string): Replacement[] {
  if (!d.hint) return [];
  const hint = readHint(d.rule, d.hint);
  if (!hint) return [];
  const { key, data } = hint;
  const replace = (newText: string): Replacement[] => [{ title: d.hint ?? newText, range: d.range, newText }];
  // A citation's hint quotes "ngày …" / "của …": the range may or may not hold that word already.
  const keepLead = (word: string, expected: string) => (written.startsWith(`${word} `) ? `${word} ${expected}` : expected);
  if (key === 'hint.did-you-mean' || (d.rule === 'ref/agency' && key === 'hint.use-key')) return replace(data.suggestion);
  switch (d.rule) {
    case 'text/nfc':
      return replace(written.normalize('NFC'));
    case 'text/invisible':
      return replace('');
    case 'text/whitespace':
      if (key === 'hint.single') return replace(' ');
      if (key === 'hint.remove' || key === 'hint.punctuation') return replace('');
      return [];
    case 'text/dash-spacing': {
      const dash = written.trim();
      return [
        { title: `"${data.spaced}"`, range: d.range, newText: ` ${dash} ` },
        { title: `"${data.joined}"`, range: d.range, newText: dash },
      ];
    }
    case 'citation/date':
      return key === 'hint.write' ? replace(keepLead('ngày', data.expected)) : [];
    case 'citation/issuer':
      return key === 'hint.write' ? replace(keepLead('của', data.expected)) : [];
    case 'citation/type':
      return key === 'hint.write' ? replace(data.expected) : [];
    case 'doc/no-kind':
      if (key === 'hint.fix') return replace('kind');
      if (key === 'hint.add') {
        const top = { line: 1, column: 1 };
        return [{ title: d.hint, range: { start: top, end: top }, newText: `kind: ${data.kind}\n` }];
      }
      return [];
    default:
      return [];
  }
}
