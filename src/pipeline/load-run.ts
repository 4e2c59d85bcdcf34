// What a run reads besides its documents (which the engine, engine.ts, loads through
// repository/load.ts): the config, checked against the rules the pipeline runs — the YAML rules
// and the layout rules of `kehoach check`. The rule list is known here and not in repository/,
// which sits below the rules. The layout rules are known by their ids alone (check/rules/ids.ts).
import type { RepositoryScope } from '../load/config.js';
import type { LoadedDocument } from '../repository/document.js';
import { readConfig, type LoadedConfig, type Overlays } from '../repository/load.js';
import type { Repository } from '../repository/repository.js';
import { ruleIds as yamlRuleIds } from '../rules/index.js';
import { layoutRuleIds } from '../check/rules/ids.js';

export interface LoadedRepository extends LoadedConfig {
  repo: Repository;
  /** The documents of the named paths: their diagnostics are the ones reported. */
  reported: Set<LoadedDocument>;
}

/** Every rule a config may set. */
const ruleIds: readonly string[] = [...yamlRuleIds, ...layoutRuleIds];

/** The repository's config file, checked; no file is a valid "no settings". */
export function loadConfig(scope: RepositoryScope, cwd: string, overlays?: Overlays): LoadedConfig {
  return readConfig(scope, cwd, ruleIds, overlays);
}
