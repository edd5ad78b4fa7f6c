/** The page frame: header (title, corpus figures, tabs, language), left column, centre, right detail column. */
import type { GraphStats } from '../api/types';
import { h, replaceChildren } from '../dom/element';
import type { Translate } from '../i18n/translate';
import type { Language } from '../state/view-state';

export interface ShellOptions {
  t: Translate;
  lang: Language;
  tabs: HTMLElement;
  left: HTMLElement[];
  centre: HTMLElement;
  right: HTMLElement;
  onLanguage(lang: Language): void;
}

export interface Shell {
  element: HTMLElement;
  stats(stats: GraphStats): void;
  offline(message: string): void;
}

export function createShell({ t, lang, tabs, left, centre, right, onLanguage }: ShellOptions): Shell {
  const statsLine = h('span', { class: 'stats' });
  const other: Language = lang === 'zh-CN' ? 'en' : 'zh-CN';
  const element = h(
    'div',
    { class: 'app' },
    h(
      'header',
      { class: 'app-header' },
      h('h1', {}, t('app.title'), h('small', {}, t('app.subtitle'))),
      statsLine,
      tabs,
      h('button', { type: 'button', class: 'lang-switch', lang: other, 'data-lang': other, onclick: () => onLanguage(other) }, t('lang.other')),
    ),
    h('main', { class: 'columns' }, h('aside', { class: 'left' }, left), h('section', { class: 'centre' }, centre), h('aside', { class: 'right' }, right)),
  );
  return {
    element,
    stats(stats) {
      const store = stats.store === 'neo4j' ? t('app.store.neo4j') : t('app.store.memory');
      replaceChildren(statsLine, t('app.stats', { bulletins: stats.bulletins, practices: stats.practices, store }));
    },
    offline(message) {
      statsLine.classList.add('error');
      replaceChildren(statsLine, t('app.offline', { message }));
    },
  };
}
