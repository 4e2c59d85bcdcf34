// `--format sarif`: SARIF 2.1.0 for code-scanning dashboards (spec/cli.md). One run; the driver
// lists every enabled rule so that a dashboard can show rules with no result too. Only the
// properties a consumer needs are written, and nothing that changes between runs (no
// timestamps, no absolute paths), so the same input gives the same bytes.
import { jsonPrintable } from './printable.js';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { Formatter, RuleInfo } from './types.js';
import { ruleDocsUrl } from './docs-links.js';

type SarifLevel = 'error' | 'warning' | 'note';

type SarifRegion =
  | { startLine: number; startColumn: number; endLine: number; endColumn: number }
  /** A paragraph of a Word document: its place in the document's plain text. */
  | { charOffset: number; charLength: number };

interface SarifReportingDescriptor {
  id: string;
  shortDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: {
    physicalLocation: { artifactLocation: { uri: string }; region: SarifRegion };
    /** The paragraph of a Word document (`kehoach check`): `¶12`. */
    logicalLocations?: { name: string; fullyQualifiedName: string; kind: string }[];
  }[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: { driver: { name: string; version: string; semanticVersion: string; rules: SarifReportingDescriptor[] } };
    // Our columns count UTF-16 code units (diagnostics/diagnostic.ts); SARIF's default is code points.
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
  }[];
}

const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative path as a URI reference: each segment percent-encoded (Vietnamese names, spaces). */
function fileUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function messageText(d: Diagnostic): string {
  return d.hint === undefined ? d.message : `${d.message}\n${d.hint}`;
}

export function toSarif(diagnostics: readonly Diagnostic[], rules: readonly RuleInfo[], toolVersion: string): SarifLog {
  const descriptors: SarifReportingDescriptor[] = [];
  const indexById = new Map<string, number>();
  const describe = (id: string, severity: Severity, description: string): number => {
    indexById.set(id, descriptors.length);
    // The level after kehoach.config.yaml: it is what this run applied, and each result
    // states its own level anyway.
    descriptors.push({ id, shortDescription: { text: description }, helpUri: ruleDocsUrl(id), defaultConfiguration: { level: LEVEL[severity] } });
    return descriptors.length - 1;
  };
  for (const rule of rules) if (rule.severity !== 'off') describe(rule.id, rule.severity, rule.description);
  const results = diagnostics.map((d): SarifResult => {
    // A diagnostic whose rule the caller did not list still needs a valid ruleIndex.
    const ruleIndex = indexById.get(d.rule) ?? describe(d.rule, d.severity, d.rule);
    return {
      ruleId: d.rule,
      ruleIndex,
      level: LEVEL[d.severity],
      message: { text: messageText(d) },
      locations: [
        d.paragraph
          ? {
              physicalLocation: {
                artifactLocation: { uri: fileUri(d.file) },
                region: { charOffset: d.paragraph.charOffset, charLength: d.paragraph.charLength },
              },
              logicalLocations: [{ name: `¶${d.paragraph.number}`, fullyQualifiedName: `¶${d.paragraph.number} "${d.paragraph.excerpt}"`, kind: 'element' }],
            }
          : {
              physicalLocation: {
                artifactLocation: { uri: fileUri(d.file) },
                region: {
                  startLine: d.range.start.line,
                  startColumn: d.range.start.column,
                  endLine: d.range.end.line,
                  endColumn: d.range.end.column,
                },
              },
            },
      ],
    };
  });
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'kehoach', version: toolVersion, semanticVersion: toolVersion, rules: descriptors } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export const sarif: Formatter = ({ diagnostics, rules, toolVersion }) =>
  jsonPrintable(JSON.stringify(toSarif(diagnostics, rules, toolVersion), null, 2)) + '\n';
