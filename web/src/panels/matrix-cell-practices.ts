/** A matrix cell's practices beside the table: the first CELL_PRACTICES by name, each opening in the graph. */
import { errorMessage } from '../api/error-message';
import type { Request } from '../api/graphql-client';
import { NODE_QUERY } from '../api/queries';
import type { NodeQuery } from '../api/types';
import { h, replaceChildren } from '../dom/element';
import { LABEL_STYLES } from '../graph/label-styles';
import type { Translate } from '../i18n/translate';
import { errorNote, loadingNote } from './panel-blocks';
import type { CellChoice } from '../matrix/heatmap-table';

/** Practices listed for one cell at most (each costs a node lookup). */
const CELL_PRACTICES = 30;

export interface CellPracticesOptions {
  target: HTMLElement;
  request: Request;
  t: Translate;
  cell: CellChoice;
  onOpen(id: string): void;
}

export async function showCellPractices({ target, request, t, cell, onOpen }: CellPracticesOptions): Promise<void> {
  const { locality, mechanism, count, practiceIds } = cell;
  const heading = h('h3', {}, t('matrix.cell', { locality, mechanism, count }));
  replaceChildren(target, heading, loadingNote(t));
  try {
    const nodes = await Promise.all(
      practiceIds.slice(0, CELL_PRACTICES).map((id) => request<NodeQuery>(NODE_QUERY, { id })),
    );
    replaceChildren(
      target,
      heading,
      h(
        'ol',
        { class: 'cell-practices' },
        nodes.map(({ node }) =>
          node
            ? h(
                'li',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'link',
                    style: `--c:${LABEL_STYLES.Practice.ink}`,
                    'data-id': node.id,
                    onclick: () => onOpen(node.id),
                  },
                  node.caption,
                ),
              )
            : null,
        ),
      ),
      count > CELL_PRACTICES
        ? h(
            'p',
            { class: 'muted small' },
            t('matrix.moreInCell', { shown: Math.min(CELL_PRACTICES, practiceIds.length), count }),
          )
        : null,
      h('p', { class: 'muted small' }, t('matrix.open')),
    );
  } catch (error) {
    replaceChildren(target, errorNote(t, errorMessage(error)));
  }
}
