/**
 * The shape limits of graphql-armor as validation rules: aliases, depth and directives. Each refusal is reported as a
 * limit refusal (limit-refusal.ts) instead of armor's BAD_USER_INPUT, so every limit answers the same way. Tokens are
 * counted before Apollo parses (token-limit.ts) and cost is priced by the store's work (operation-cost.ts), so armor's
 * own token plugin and cost rule stay off; so does its suggestion masking, which hides nothing introspection shows.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { limitRefusal, type LimitName } from './limit-refusal';
import type { ServerLimits } from './server-limits';

export function armorRules(limits: Pick<ServerLimits, 'maxAliases' | 'maxDepth' | 'maxDirectives'>): ValidationRule[] {
  const refuse = (limit: LimitName, max: number) => ({
    n: max,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(limitRefusal({ limit, max, message: refusalMessage(error), ...found(error) })),
    ],
  });
  const armor = new ApolloArmor({
    blockFieldSuggestion: { enabled: false },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    maxAliases: refuse('aliases', limits.maxAliases),
    // Fragments count as what they contain, not as a level: the explorer spreads `...NodeFields` everywhere.
    maxDepth: { ...refuse('depth', limits.maxDepth), flattenFragments: true },
    maxDirectives: refuse('directives', limits.maxDirectives),
  });
  return armor.protect().validationRules;
}

/** Armor words its refusals as syntax errors ("Syntax Error: Aliases limit of 30 exceeded, found 1000."); they are not. */
function refusalMessage(error: GraphQLError): string {
  return `query refused: ${error.message.replace(/^Syntax Error:\s*/, '')}`;
}

function found(error: GraphQLError): { found?: number } {
  const count = /found (\d+)/.exec(error.message)?.[1];
  return count === undefined ? {} : { found: Number(count) };
}
