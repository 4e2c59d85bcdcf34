// `kehoach lsp` driven as an editor drives it: the real executable over a stdio pipe, with
// vscode-jsonrpc as the client (needs dist/: `npx tsc -p tsconfig.json`; `npm test` builds first).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { AGENCIES, BIN, DIRECTIVE, makeRepo, validateJson } from '../helpers.js';

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface LspDiagnostic {
  range: LspRange;
  severity: number;
  code: string;
  codeDescription: { href: string };
  message: string;
  data?: unknown;
}
interface Published {
  uri: string;
  diagnostics: LspDiagnostic[];
}

// Line 9: an indicator led by `syt`; line 12: a task that implements task 1 of the directive and
// names the misspelled key `sty` (ref/agency, did you mean "syt").
const PLAN = `kind: plan
id: p
title: T
issuer: { name: X }
parent: ct-28
indicators:
  groups:
    - id: a
      items:
        - { id: "1", text: Chỉ tiêu một, lead: syt }
tasks:
  items:
    - { id: a, title: A, implements: ["1"], lead: sty }
`;

/** The position of the `nth` occurrence of `needle` on line `line` (0-based, as the protocol counts). */
function on(text: string, line: number, needle: string, offset = 0): { line: number; character: number } {
  const character = text.split('\n')[line].indexOf(needle);
  if (character < 0) throw new Error(`"${needle}" is not on line ${line}`);
  return { line, character: character + offset };
}

describe('kehoach lsp over stdio', () => {
  let dir: string;
  let child: ChildProcess;
  let client: MessageConnection;
  let planUri: string;
  const waiting: { uri: string; resolve: (p: Published) => void }[] = [];

  /** The next diagnostics the server publishes for `uri`. */
  const nextDiagnostics = (uri: string) => new Promise<Published>((resolve) => waiting.push({ uri, resolve }));

  beforeAll(async () => {
    dir = makeRepo({ 'kehoach.config.yaml': '{}\n', 'agencies.yaml': AGENCIES, 'directives/ct.yaml': DIRECTIVE, 'plans/p.yaml': PLAN });
    planUri = pathToFileURL(join(dir, 'plans/p.yaml')).href;
    child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
    client = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    client.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      const i = waiting.findIndex((w) => w.uri === p.uri);
      if (i >= 0) waiting.splice(i, 1)[0].resolve(p);
    });
    client.listen();
    await client.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} });
    await client.sendNotification('initialized', {});
  });

  afterAll(async () => {
    await client.sendRequest('shutdown');
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    await client.sendNotification('exit');
    // The protocol's rule: exit code 0 after a shutdown request.
    expect(await exited).toBe(0);
    client.dispose();
  });

  it('publishes the same diagnostics as validate for the open plan, with rule ids and documentation links', async () => {
    const published = nextDiagnostics(planUri);
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: planUri, languageId: 'yaml', version: 1, text: PLAN } });
    const { diagnostics } = await published;
    const { report } = await validateJson(dir);
    const expected = report.diagnostics
      .filter((d) => d.file === 'plans/p.yaml')
      .map((d) => ({
        code: d.rule,
        range: { start: { line: d.line - 1, character: d.column - 1 }, end: { line: d.endLine - 1, character: d.endColumn - 1 } },
        message: d.hint ? `${d.message}\n${d.hint}` : d.message,
      }));
    expect(expected.map((d) => d.code)).toContain('ref/agency');
    expect(diagnostics.map((d) => ({ code: d.code, range: d.range, message: d.message }))).toEqual(expected);
    const misspelled = diagnostics.find((d) => d.code === 'ref/agency')!;
    expect(misspelled.range).toEqual({ start: on(PLAN, 12, 'sty'), end: on(PLAN, 12, 'sty', 3) });
    expect(misspelled.severity).toBe(1);
    expect(misspelled.codeDescription.href).toMatch(/docs\/rules\.md#ref\/agency$/);
  });

  it('hover: the agency of an indicator lead, with the line render prints', async () => {
    const hover = await client.sendRequest<{ contents: { value: string }; range: LspRange }>('textDocument/hover', { textDocument: { uri: planUri }, position: on(PLAN, 9, 'syt', 1) });
    expect(hover.contents.value).toContain('**Sở Y tế** — `syt`');
    expect(hover.contents.value).toContain('Chủ trì chỉ tiêu: 1');
    expect(hover.contents.value).toContain('> - Chủ trì, phối hợp với các đơn vị có liên quan triển khai, thực hiện chỉ tiêu 1 của Kế hoạch.');
    expect(hover.range).toEqual({ start: on(PLAN, 9, 'syt'), end: on(PLAN, 9, 'syt', 3) });
  });

  it('hover: implements shows the parent task, parent shows the parent document', async () => {
    const task = await client.sendRequest<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: planUri }, position: on(PLAN, 12, '"1"', 1) });
    expect(task.contents.value).toBe('**Nhiệm vụ 1** của Chỉ thị 28-CT/TW\n\nLãnh đạo');
    const parent = await client.sendRequest<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: planUri }, position: on(PLAN, 4, 'ct-28', 2) });
    expect(parent.contents.value).toBe('**Chỉ thị số 28-CT/TW** ngày 25/12/2023 của Bộ Chính trị\n\nVề công tác trẻ em');
  });

  it('go to definition: agency key → registry entry, implements → parent task, parent → directive', async () => {
    const agenciesUri = pathToFileURL(join(dir, 'agencies.yaml')).href;
    const directiveUri = pathToFileURL(join(dir, 'directives/ct.yaml')).href;
    const agency = await client.sendRequest('textDocument/definition', { textDocument: { uri: planUri }, position: on(PLAN, 9, 'syt') });
    expect(agency).toEqual({ uri: agenciesUri, range: { start: on(AGENCIES, 3, 'syt'), end: on(AGENCIES, 3, 'syt', 3) } });
    const task = await client.sendRequest('textDocument/definition', { textDocument: { uri: planUri }, position: on(PLAN, 12, '"1"', 1) });
    expect(task).toEqual({ uri: directiveUri, range: { start: on(DIRECTIVE, 8, '"1"'), end: on(DIRECTIVE, 8, '"1"', 3) } });
    const parent = await client.sendRequest('textDocument/definition', { textDocument: { uri: planUri }, position: on(PLAN, 4, 'ct-28') });
    expect(parent).toEqual({ uri: directiveUri, range: { start: on(DIRECTIVE, 1, 'ct-28'), end: on(DIRECTIVE, 1, 'ct-28', 5) } });
  });

  it('completion: agency keys with names, uncovered parent tasks, enum values', async () => {
    const complete = (text: string, position: { line: number; character: number }) =>
      client.sendRequest<{ label: string; detail?: string }[]>('textDocument/completion', { textDocument: { uri: planUri }, position });
    const agencies = await complete(PLAN, { line: 12, character: PLAN.split('\n')[12].indexOf('sty') });
    expect(agencies.map((i) => [i.label, i.detail])).toEqual([
      ['syt', 'Sở Y tế'],
      ['sgddt', 'Sở Giáo dục và Đào tạo'],
      ['sldtbxh', 'Sở Lao động - Thương binh và Xã hội'],
      ['mttq', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'],
    ]);
    // Task 1 is implemented already: only task 2 is offered.
    const tasks = await complete(PLAN, on(PLAN, 12, '"1"'));
    expect(tasks.map((i) => i.label)).toEqual(['2']);
    // An enum value being typed (unsaved): the values of the format.
    const typing = `${PLAN}signing:\n  authority: \n`;
    await client.sendNotification('textDocument/didChange', { textDocument: { uri: planUri, version: 2 }, contentChanges: [{ text: typing }] });
    const authority = await complete(typing, { line: 14, character: 13 });
    expect(authority.map((i) => i.label)).toEqual(['TM', 'KT', 'TL', 'TUQ', 'Q']);
    const onAKey = await complete(typing, on(PLAN, 12, 'lead'));
    expect(onAKey).toEqual([]);
  });

  it('code actions: the did-you-mean quick fix and the suppression comment', async () => {
    const published = nextDiagnostics(planUri);
    // Re-publishing is triggered by a no-op edit so that this test owns the diagnostics it reads.
    await client.sendNotification('textDocument/didChange', { textDocument: { uri: planUri, version: 3 }, contentChanges: [{ text: PLAN }] });
    const misspelled = (await published).diagnostics.find((d) => d.code === 'ref/agency')!;
    const actions = await client.sendRequest<{ title: string; kind: string; edit: { changes: Record<string, { range: LspRange; newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri: planUri },
      range: misspelled.range,
      context: { diagnostics: [misspelled] },
    });
    expect(actions.map((a) => [a.title, a.kind, a.edit.changes[planUri]])).toEqual([
      ['Có phải ý bạn là "syt"?', 'quickfix', [{ range: misspelled.range, newText: 'syt' }]],
      [
        'Bỏ qua phát hiện này (ref/agency) — ghi lý do sau "--"',
        'quickfix',
        [{ range: { start: { line: 12, character: 0 }, end: { line: 12, character: 0 } }, newText: '    # kehoach-disable-next-line ref/agency -- \n' }],
      ],
    ]);
  });

  it('an unsaved fix clears the diagnostic; a changed registry re-checks the plan', async () => {
    const fixed = PLAN.replace('lead: sty', 'lead: syt');
    let published = nextDiagnostics(planUri);
    await client.sendNotification('textDocument/didChange', { textDocument: { uri: planUri, version: 4 }, contentChanges: [{ text: fixed }] });
    expect((await published).diagnostics.map((d) => d.code)).not.toContain('ref/agency');
    // The plan file on disk still has the typo: the buffer, not the disk, was checked.
    expect(readFileSync(join(dir, 'plans/p.yaml'), 'utf8')).toContain('lead: sty');

    const registry = join(dir, 'agencies.yaml');
    writeFileSync(registry, AGENCIES.replace('  syt: { name: Sở Y tế }\n', ''));
    published = nextDiagnostics(planUri);
    await client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(registry).href, type: 2 }] });
    const rechecked = (await published).diagnostics.filter((d) => d.code === 'ref/agency').map((d) => d.range.start);
    expect(rechecked).toEqual([on(fixed, 9, 'syt'), on(fixed, 12, 'syt')]);
  });

  it('an unsaved edit of the open directive re-checks the plan that implements it', async () => {
    const directiveUri = pathToFileURL(join(dir, 'directives/ct.yaml')).href;
    let published = nextDiagnostics(planUri);
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: directiveUri, languageId: 'yaml', version: 1, text: DIRECTIVE } });
    const before = (await published).diagnostics.filter((d) => d.code === 'parent/task-not-covered').map((d) => d.message.split('\n')[0]);
    expect(before).toEqual(['Nhiệm vụ 2 của Chỉ thị 28-CT/TW ("Chính sách") không có nhiệm vụ nào thực hiện và không có trong "waived"']);
    published = nextDiagnostics(planUri);
    const withThird = `${DIRECTIVE}  - { id: "3", title: Truyền thông }\n`;
    await client.sendNotification('textDocument/didChange', { textDocument: { uri: directiveUri, version: 2 }, contentChanges: [{ text: withThird }] });
    const after = (await published).diagnostics.filter((d) => d.code === 'parent/task-not-covered').map((d) => d.message.split('\n')[0]);
    expect(after).toEqual([
      'Nhiệm vụ 2 của Chỉ thị 28-CT/TW ("Chính sách") không có nhiệm vụ nào thực hiện và không có trong "waived"',
      'Nhiệm vụ 3 của Chỉ thị 28-CT/TW ("Truyền thông") không có nhiệm vụ nào thực hiện và không có trong "waived"',
    ]);
    // Closing the directive without saving: the plan is checked against the file on disk again.
    published = nextDiagnostics(planUri);
    await client.sendNotification('textDocument/didClose', { textDocument: { uri: directiveUri } });
    expect((await published).diagnostics.filter((d) => d.code === 'parent/task-not-covered')).toHaveLength(1);
  });
});

describe('kehoach lsp and files changed outside the editor', () => {
  it('asks a client that can watch files to report changes to YAML files', async () => {
    const dir = makeRepo({ 'agencies.yaml': AGENCIES });
    const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
    const client = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const registered = new Promise<unknown>((resolve) =>
      client.onRequest('client/registerCapability', (params: unknown) => {
        resolve(params);
        return null;
      }),
    );
    client.listen();
    await client.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    await client.sendNotification('initialized', {});
    expect(await registered).toEqual({
      registrations: [{ id: expect.any(String), method: 'workspace/didChangeWatchedFiles', registerOptions: { watchers: [{ globPattern: '**/*.{yaml,yml}' }] } }],
    });
    await client.sendRequest('shutdown');
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    await client.sendNotification('exit');
    expect(await exited).toBe(0);
    client.dispose();
  });
});
