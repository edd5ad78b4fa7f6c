/**
 * link: the items → linked practices (localities for the whole document first, then each practice's mechanisms,
 * organizations and figures: ingest/link/link-practices.ts). The link modules place a message by its item's offset;
 * here it spans that item.
 */
import { linkPractices } from '../link/link-practices';
import type { LinkableItem } from '../structure/build-item';
import type { IngestMessage, StageMessage } from '../types';
import { needing } from './bulletin-carrier';
import type { Stage } from './stage';

export const linkStage: Stage = {
  name: 'link',
  needs: ['source', 'clean', 'structure'],
  gives: ['linked'],
  run(carrier, knowledge) {
    const need = needing(carrier, 'link');
    const { file } = need('source');
    const { text } = need('clean');
    const { header, items } = need('structure');
    // The link modules read only their part of the knowledge (LinkKnowledge).
    const { region, practices, messages } = linkPractices({ header, items, file, knowledge });
    return { linked: { region, practices }, messages: messages.map((m) => placed(m, items, text.length)) };
  },
};

function placed(
  { offset, ...message }: IngestMessage,
  items: readonly LinkableItem[],
  textLength: number,
): StageMessage {
  if (offset === undefined) return { ...message, start: 0, end: textLength };
  const item = items.find((i) => i.offset === offset);
  return { ...message, start: offset, end: item ? offset + item.text.length : offset };
}
