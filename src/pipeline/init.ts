// `kehoach init [dir]`: a small working repository, so that a new office starts from files
// that already validate and render (issue 7, item 1). The content lives in templates/init/ (an
// office may adjust it without touching code); what depends on where a file lands — the
// `# yaml-language-server: $schema=` line and the editor settings — is computed here, from the
// same list of schema names that `kehoach schema` prints, so the two can never drift apart.
// The repository's package.json installs kehoach itself (spec/cli.md, "Installing kehoach where
// the plans live"): `npm install` there is what puts `npx kehoach`, the CI workflow's commands and
// the editor's node_modules/kehoach/schemas in place.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { explainOsError } from '../diagnostics/os-errors.js';
import { writeFileSafelySync } from '../io/files.js';
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { UserError, type Lang } from '../diagnostics/diagnostic.js';
import { SCHEMA_NAMES, type SchemaName } from './schema.js';
import { t } from './messages.js';
import { PACKAGE_ROOT } from '../package-root.js';

const TEMPLATE_DIR = join(PACKAGE_ROOT, 'templates', 'init');

/** Where the schemas are once `npm install` has installed the repository's package.json. */
const SCHEMA_HOME = 'node_modules/kehoach/schemas';

/** The id of the plan init writes (the file is plans/<id>.yaml): `kehoach render <id>` works at once. */
export const INIT_PLAN_ID = 'lao-cai-kh-phong-chong-duoi-nuoc-2025';

interface InitSource {
  /** The file under templates/init/. */
  template: string;
  /** Where it is written, relative to the target folder, with `/`. */
  target: string;
  /** The JSON Schema the file follows, for its first-line comment; none for the workflow. */
  schema?: SchemaName;
}

const SOURCES: readonly InitSource[] = [
  { template: 'agencies.yaml', target: 'agencies.yaml', schema: 'agencies' },
  { template: 'directives/chi-thi-05-ct-tu-2025.yaml', target: 'directives/chi-thi-05-ct-tu-2025.yaml', schema: 'directive' },
  { template: `plans/${INIT_PLAN_ID}.yaml`, target: `plans/${INIT_PLAN_ID}.yaml`, schema: 'plan' },
  { template: 'kehoach.config.yaml', target: 'kehoach.config.yaml', schema: 'config' },
  // Kept outside a dot-folder in templates/ so that packaging never drops it.
  { template: 'workflow.yml', target: '.github/workflows/kehoach.yml' },
];

/** Which files each schema applies to in the editor (yaml-language-server globs, from the repository root). */
const SCHEMA_GLOBS: Record<SchemaName, string[]> = {
  plan: ['plans/**/*.yaml', 'plans/**/*.yml'],
  directive: ['directives/**/*.yaml', 'directives/**/*.yml'],
  agencies: ['agencies.yaml', 'agencies/**/*.yaml', 'agencies/**/*.yml'],
  config: ['kehoach.config.yaml'],
};

export interface InitFile {
  /** Relative to the target folder, with `/`. */
  path: string;
  text: string;
}

/** The schema's path as seen from `file` (the yaml-language-server resolves it relative to the file). */
export function schemaPathFrom(file: string, schema: SchemaName): string {
  return posix.relative(posix.dirname(file), `${SCHEMA_HOME}/${schema}.json`);
}

/** `.vscode/settings.json`: every schema mapped to the files it describes. */
export function editorSettings(): string {
  const schemas: Record<string, string[]> = {};
  for (const name of SCHEMA_NAMES) schemas[`./${SCHEMA_HOME}/${name}.json`] = SCHEMA_GLOBS[name];
  return JSON.stringify({ 'yaml.schemas': schemas }, null, 2) + '\n';
}

/**
 * The scripts of the plan repository's package.json: `npm run validate` and
 * `npm run render -- <plan>` for those who prefer npm's verbs to npx.
 */
const PACKAGE_SCRIPTS = { validate: 'kehoach validate', render: 'kehoach render' };

/** The plan repository's package.json: private (never published), kehoach as a dev-dependency. */
export function packageJson(kehoachSpec: string): string {
  const manifest = { private: true, scripts: PACKAGE_SCRIPTS, devDependencies: { kehoach: kehoachSpec } };
  return JSON.stringify(manifest, null, 2) + '\n';
}

/** Specs npm reads as a URL or a git repository: written as given. */
const REMOTE_SPEC = /^(?:[a-z][a-z0-9+.-]*:\/\/|git\+|github:|gitlab:|bitbucket:|gist:|git@)/i;
/** Specs npm reads as a path on this machine (npm-package-arg: a `file:` prefix, a leading `.` or `/`, a tarball name). */
const LOCAL_SPEC = /^(?:file:|\.{1,2}(?:[\\/]|$)|\/|[a-z]:[\\/])|\.(?:tgz|tar\.gz|tar)$/i;

/**
 * The dependency spec of kehoach as written in the new repository's package.json. A version
 * range, a URL or a git URL is kept as given; a path (a tarball from `npm pack`, or a folder)
 * is given relative to where the user typed it, but npm resolves a `file:` spec from the folder
 * of the package.json: it is rewritten relative to the new repository, and must exist.
 */
export function dependencySpec(spec: string, cwd: string, root: string, lang: Lang): string {
  // `kehoach@0.1.0` as npm install takes it: the name is the key of the dependency, not its spec.
  const trimmed = spec.trim().replace(/^kehoach@/, '');
  if (trimmed === '') {
    throw new UserError(t(lang, 'init.empty-spec'));
  }
  if (REMOTE_SPEC.test(trimmed) || !LOCAL_SPEC.test(trimmed)) return trimmed;
  const path = trimmed.replace(/^file:/i, '');
  const absolute = isAbsolute(path) ? path : resolve(cwd, path);
  if (!existsSync(absolute)) {
    throw new UserError(t(lang, 'init.no-tarball', { spec: trimmed, absolute }));
  }
  const fromRoot = relative(root, absolute).split(sep).join('/');
  return `file:${fromRoot === '' ? '.' : fromRoot}`;
}

/** What to do instead in a folder that already has a package.json. */
function installHint(spec: string, lang: Lang): string {
  const path = spec.startsWith('file:') ? spec.slice('file:'.length) : null;
  const command = `npm install --save-dev ${path === null ? `kehoach@${spec}` : /^[./]/.test(path) ? path : `./${path}`}`;
  return t(lang, 'init.has-package', { command });
}

/** Every file init writes, with its content; reads templates only, writes nothing. */
export function initFiles(kehoachSpec: string, templateDir: string = TEMPLATE_DIR): InitFile[] {
  const files = SOURCES.map((source): InitFile => {
    const path = join(templateDir, source.template);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new UserError(`Không đọc được tệp mẫu "${path}" (thư mục templates/init của kehoach).`);
    }
    // The comment goes on the very first line: that is where yaml-language-server looks for it.
    if (source.schema) text = `# yaml-language-server: $schema=${schemaPathFrom(source.target, source.schema)}\n${text}`;
    return { path: source.target, text };
  });
  files.push({ path: 'package.json', text: packageJson(kehoachSpec) });
  files.push({ path: '.vscode/settings.json', text: editorSettings() });
  // validate's cache and the rendered documents are outputs, not sources; package-lock.json is
  // a source (the CI workflow installs exactly what it pins) and is committed.
  // (kehoach.sarif and van-ban/ are what the CI workflow's steps write, should they be run locally.)
  files.push({ path: '.gitignore', text: 'node_modules/\n.kehoach-cache/\n*.docx\n*.pdf\nkehoach.sarif\nvan-ban/\n' });
  return files;
}

export interface InitResult {
  dir: string;
  files: InitFile[];
  /** The kehoach dependency as written in package.json. */
  kehoachSpec: string;
}

/**
 * Writes the files into `dir` (created if missing). Every target is checked BEFORE anything is
 * written: a folder that already holds one of them is left exactly as it was (exit 2).
 */
export function initRepository(dir: string, cwd: string, kehoachSpec: string, lang: Lang): InitResult {
  const root = resolve(cwd, dir);
  const spec = dependencySpec(kehoachSpec, cwd, root, lang);
  const files = initFiles(spec);
  const existing = files.filter((f) => existsSync(join(root, f.path))).map((f) => f.path);
  if (existing.length > 0) {
    const list = existing.join(', ');
    const refusal = t(lang, 'init.exists', { list, dir, s: existing.length === 1 ? 's' : '' });
    // A folder that is already an npm package: kehoach is added to it, not written over it.
    throw new UserError(refusal + (existing.includes('package.json') ? installHint(spec, lang) : ''));
  }
  for (const file of files) {
    const target = join(root, file.path);
    try {
      mkdirSync(dirname(target), { recursive: true });
    } catch (e) {
      throw new UserError(t(lang, 'init.no-folder', { file: file.path, reason: explainOsError(e, lang) }));
    }
    // Without overwrite: still refused if a file appeared since the check above.
    writeFileSafelySync(target, file.text, { lang, shown: file.path, overwrite: false });
  }
  return { dir: root, files, kehoachSpec: spec };
}
