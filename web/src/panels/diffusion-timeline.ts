/** A mechanism's first report in each adopting place: dated ones in order, then the undated, counted apart. */
import type { AdoptionEvent } from '../api/types';
import { h } from '../dom/element';
import type { Translate } from '../i18n/translate';
import { diffusionSeries } from './diffusion-series';

export function diffusionTimeline(
  t: Translate,
  { events, open }: { events: AdoptionEvent[]; open: (id: string) => void },
): HTMLElement {
  const series = diffusionSeries(events);
  const row = (event: AdoptionEvent) =>
    h(
      'li',
      {},
      h('time', {}, event.firstReported ?? t('mechanism.undated')),
      h(
        'button',
        { type: 'button', class: 'link', 'data-id': event.locality.id, onclick: () => open(event.locality.id) },
        event.locality.caption,
      ),
      h('span', { class: 'muted small' }, t('count.practices', { count: event.practices })),
    );
  return h(
    'div',
    { class: 'timeline' },
    h(
      'p',
      { class: 'muted small' },
      t('mechanism.timelineCounts', { dated: series.dated.length, undated: series.undated.length }),
    ),
    h('ol', { class: 'timeline-list' }, [...series.dated, ...series.undated].map(row)),
  );
}
