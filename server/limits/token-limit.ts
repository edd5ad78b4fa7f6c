/**
 * The token limit of graphql-armor, applied to the query text before Apollo parses it: graphql-armor's parser stops at
 * the limit, so a flood of 11,000 aliases costs the server 2,000 tokens of lexing, never a document in memory.
 * (Armor's own Apollo plugin throws from a hook Apollo answers with 500; here the refusal is a 400.)
 */
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLError } from 'graphql';
import { limitRefusal } from './limit-refusal';
import { recentAnswers } from './recent-answers';

/** Query texts recently found within the limit; texts longer than this are not kept. */
const withinLimit = recentAnswers<number>(500);
const MEMO_MAX_LENGTH = 20_000;

/** The refusal when `query` has more than `maxTokens` tokens; null otherwise (syntax errors are Apollo's to report). */
export function tokenLimitRefusal(query: string, maxTokens: number): GraphQLError | null {
  if (withinLimit.get(query) === maxTokens) return null;
  let exceeded = false;
  const parser = new MaxTokensParserWLexer(query, {
    n: maxTokens,
    propagateOnRejection: true,
    onReject: [() => (exceeded = true)],
  });
  try {
    parser.parseDocument();
  } catch {
    // Either the limit (noted above) or a syntax error, which Apollo reports with its position when it parses.
  }
  if (!exceeded && query.length <= MEMO_MAX_LENGTH) withinLimit.set(query, maxTokens);
  return exceeded
    ? limitRefusal({
        limit: 'tokens',
        max: maxTokens,
        message: `query refused: it has more than ${maxTokens} tokens; ask for less in one request`,
      })
    : null;
}
