/**
 * link: the items → linked practices (localities for the whole document first, then each practice's mechanisms,
 * organizations and figures: ingest/link/link-practices.ts). The link modules place a message by its item's offset;
 * here it spans that item.
 */
import { linkPractices } from '../link/link-practices';
import type { LinkableItem } from '../structure/build-item';
import type { IngestMessage, StageMessage } from '../types';
import { need } from './bulletin-carrier';
import type { Stage } from './stage';

export const linkStage: Stage = {
  name: 'link',
  needs: ['source', 'clean', 'structure'],
  gives: ['linked'],
  run(carrier, knowledge) {
    const { file } = need(carrier, 'source', 'link');
    const { text } = need(carrier, 'clean', 'link');
    const { header, items } = need(carrier, 'structure', 'link');
    // The link modules read only their part of the knowledge (LinkKnowledge).
    const { region, practices, messages } = linkPractices({ header, items, file, knowledge });
    return { linked: { region, practices }, messages: messages.map((m) => placed(m, items, text.length)) };
  },
};

function placed({ offset, ...message }: IngestMessage, items: readonly LinkableItem[], textLength: number): StageMessage {
  if (offset === undefined) return { ...message, start: 0, end: textLength };
  const item = items.find((i) => i.offset === offset);
  return { ...message, start: offset, end: item ? offset + item.text.length : offset };
}
