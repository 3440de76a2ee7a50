// Generated from each rule's meta.docs by rules/scripts/generate-rule-facts.mjs: do not edit.
// A light module on purpose: the scorer reads categories without loading the rules.
import type { UpkeepRuleDocs } from '../utils/create-rule.js';

export type RuleFacts = Pick<UpkeepRuleDocs, 'category' | 'pylint' | 'note' | 'preset'>;

/** upkeep's own rules by id (without the `@upkeep/` prefix). */
export const RULE_FACTS: Readonly<Record<string, RuleFacts>> = {
  'identifier-naming': {"category":"C","pylint":"C0103 invalid-name","note":"a declared name that follows no convention for its kind","preset":"recommended"},
  'no-obsolete': {"category":"W","note":"a reference to a name the team declared obsolete; no pylint twin (W as pylint W4901 deprecated-module)","preset":"recommended"},
  'no-swallowed-error': {"category":"W","pylint":"W0718 broad-exception-caught","note":"pylint W0702 bare-except and W0718: an error caught and silently dropped","preset":"recommended"},
  'require-docs': {"category":"C","pylint":"C0116 missing-function-docstring","note":"pylint C0114 module, C0115 class and C0116 function docstrings","preset":"strict"},
  'too-many-boolean-expressions': {"category":"R","pylint":"R0916 too-many-boolean-expressions","note":"a condition with more than 5 boolean operands","preset":"recommended"},
  'too-many-branches': {"category":"R","pylint":"R0912 too-many-branches","note":"a function with more than 12 branches","preset":"recommended"},
  'too-many-instance-attributes': {"category":"R","pylint":"R0902 too-many-instance-attributes","note":"a class or constructor function with more than 7 instance attributes","preset":"recommended"},
  'too-many-locals': {"category":"R","pylint":"R0914 too-many-locals","note":"a function with more than 15 local names","preset":"recommended"},
  'too-many-public-methods': {"category":"R","pylint":"R0904 too-many-public-methods","note":"a class with more than 20 public methods","preset":"recommended"},
  'too-many-return-statements': {"category":"R","pylint":"R0911 too-many-return-statements","note":"a function with more than 6 returns","preset":"recommended"},
  'too-many-statements': {"category":"R","pylint":"R0915 too-many-statements","note":"a function with more than 50 statements, counted as the scorer counts","preset":"recommended"},
};
