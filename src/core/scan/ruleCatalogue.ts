/** The catalogue moved to core/rules, next to the parameters it describes; rules keep importing it from here. */
export { RULES, ruleInfo, ruleParameters, type RuleInfo, type RuleExample } from '../rules/ruleCatalogue';
