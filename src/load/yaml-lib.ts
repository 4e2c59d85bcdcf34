// The `yaml` package (the parser that keeps positions and comments) is loaded the first time a
// document needs it: a finding's range, a file js-yaml declines, a comment to suppress a rule.
// A run over clean files never does, and loading it costs 30–60 ms in every process and every
// worker thread (issue 13). `yaml` is CommonJS: `require` here gives the very module that an
// `import … from 'yaml'` elsewhere gives (Node's ESM import of a CommonJS package is its
// `module.exports`), so its node tests (`isScalar`, …) recognise each other's nodes.
import { createRequire } from 'node:module';

type YamlLib = typeof import('yaml');

const require = createRequire(import.meta.url);
let loaded: YamlLib | undefined;

export function yamlLib(): YamlLib {
  return (loaded ??= require('yaml') as YamlLib);
}
