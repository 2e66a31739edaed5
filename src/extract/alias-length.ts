/**
 * The longest alias: how many characters another spelling of a name may have and still be kept as
 * the entity's alias. A leaf module, so that stage 4's printed forms (printed-forms.ts) and stage
 * 6's assembly (6-assemble.ts) read one limit without stage 4 importing stage 6.
 */

/**
 * Most characters of another spelling of a name kept as an alias (a surface form, a spelling as
 * written, a printed form): a longer one is a phrase, not a name.
 */
export const MAX_ALIAS_LENGTH = 60;
