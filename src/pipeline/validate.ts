// The engine: runs every enabled rule on every document it applies to, stamps rule id,
// severity and file, localises, and sorts (so output is the same whatever the order of work).
import { fill, RuleCrash, sortDiagnostics, summarise, type Diagnostic, type Lang, type Range, type Severity, type Summary } from '../diagnostics/diagnostic.js';
import type { ConfigModel } from '../model/schemas.js';
import { isChecked, type CheckedDocument, type LoadedDocument } from '../repository/document.js';
import type { Repository } from '../repository/repository.js';
import { rules } from '../rules/index.js';
import type { Bilingual, Finding, Place, Rule } from '../rules/rule.js';
import { loadRepository, type OnProgress } from './load-repository.js';
import type { ParseMode } from '../load/read.js';
import { resolveRepository } from '../load/config.js';
import { applySuppressions } from '../suppress/inline.js';

export interface ValidateResult {
  /** The documents checked: those of the named paths. */
  documents: number;
  /** Their files, in order (one test case each in JUnit). */
  files: string[];
  diagnostics: Diagnostic[];
  summary: Summary;
}

export function severityOf(rule: Rule, config: ConfigModel): Severity | 'off' {
  return config.rules?.[rule.id] ?? rule.severity;
}

/** `only`: check just these documents (the cache reuses the others' diagnostics). */
export function runRules(repo: Repository, config: ConfigModel, lang: Lang, extra: LoadedDocument[] = [], only?: ReadonlySet<LoadedDocument>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const checked = [...repo.documents, ...extra].filter((doc) => !only || only.has(doc) || extra.includes(doc));
  for (const rule of rules) {
    if (rule.kinds === 'suppressions') continue;
    const severity = severityOf(rule, config);
    if (severity === 'off') continue;
    for (const doc of checked) {
      let findings: Finding[];
      try {
        if (rule.kinds === 'any') findings = rule.checkFile(doc, repo);
        else if (isChecked(doc) && (rule.kinds as readonly string[]).includes(doc.kind)) {
          findings = rule.check(doc as CheckedDocument<never>, repo);
        } else continue;
      } catch (e) {
        // A rule that throws is a bug in kehoach, not in the plan: say which, and where.
        throw new RuleCrash(rule.id, doc.file, e);
      }
      for (const f of findings) diagnostics.push(localise(rule, severity, doc, f, lang));
    }
  }
  return sortDiagnostics(suppressInline(diagnostics, checked, config, lang));
}

/**
 * A file's diagnostics are final here: its inline suppressions are applied (so the cache and
 * the worker threads hold what is reported), then the suppress/* rules report on the comments.
 */
function suppressInline(diagnostics: Diagnostic[], checked: readonly LoadedDocument[], config: ConfigModel, lang: Lang): Diagnostic[] {
  const withComments = checked.filter((doc) => doc.source.suppressions.length > 0);
  if (withComments.length === 0) return diagnostics;
  const files = new Set(withComments.map((doc) => doc.file));
  const result = diagnostics.filter((d) => !files.has(d.file));
  for (const doc of withComments) {
    const { kept, unused } = applySuppressions(diagnostics.filter((d) => d.file === doc.file), doc.source.suppressions);
    result.push(...kept);
    for (const rule of rules) {
      if (rule.kinds !== 'suppressions') continue;
      const severity = severityOf(rule, config);
      if (severity === 'off') continue;
      for (const f of rule.checkSuppressions(doc.source.suppressions, unused)) result.push(localise(rule, severity, doc, f, lang));
    }
  }
  return result;
}

/** The range of a finding's place, resolved here, once: the YAML is walked only for findings. */
function rangeOf(doc: LoadedDocument, at: Place): Range {
  if ('range' in at) return at.range;
  return at.offsets ? doc.source.rangeIn(at.path, at.offsets[0], at.offsets[1]) : doc.source.rangeOf(at.path, at.part);
}

function localise(rule: Rule, severity: Severity, doc: LoadedDocument, f: Finding, lang: Lang): Diagnostic {
  const file = doc.file;
  const messages: Record<string, Bilingual | undefined> = rule.messages;
  // The type keeps a finding's ids among its rule's messages; one that is not (ESLint throws
  // on an unknown messageId) is a bug of the rule, never a text silently left out.
  const text = (id: string): string => {
    const message = messages[id];
    if (!message) throw new RuleCrash(rule.id, file, new Error(`no message "${id}"`));
    return message[lang];
  };
  const d: Diagnostic = { rule: rule.id, severity, file, range: rangeOf(doc, f.at), message: fill(text(f.message), f.data) };
  if (f.hint) d.hint = fill(text(f.hint), f.hintData ?? f.data);
  if (f.fix) d.fix = f.fix;
  return d;
}

export function validate(
  paths: readonly string[],
  cwd: string,
  lang: Lang,
  mode: ParseMode = 'fast',
  onProgress?: OnProgress,
  repoOption?: string,
): ValidateResult & { repo: Repository; config: ConfigModel } {
  const scope = resolveRepository(paths, cwd, repoOption, lang);
  const { repo, configDocument, config, reported } = loadRepository(scope, cwd, mode, onProgress);
  // The whole repository is the context; the rules run on the named documents only.
  const diagnostics = runRules(repo, config, lang, configDocument ? [configDocument] : [], reported);
  const files = repo.documents.filter((d) => reported.has(d)).map((d) => d.file);
  return { documents: files.length, files, diagnostics, summary: summarise(diagnostics), repo, config };
}

/**
 * The part of a whole-repository result that a run reports: the documents of the named paths
 * (`named`: their display paths) and the config file's own findings.
 */
export function narrowToNamed(result: ValidateResult, named: ReadonlySet<string>, configFile: string | undefined): ValidateResult {
  const diagnostics = result.diagnostics.filter((d) => named.has(d.file) || d.file === configFile);
  const files = result.files.filter((f) => named.has(f));
  return { documents: files.length, files, diagnostics, summary: summarise(diagnostics) };
}
