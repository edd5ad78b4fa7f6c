/** The page frame: header (title, corpus figures, tabs, language), left column, centre, right detail column; the side columns fold away. */
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
      h(
        'button',
        { type: 'button', class: 'lang-switch', lang: other, 'data-lang': other, onclick: () => onLanguage(other) },
        t('lang.other'),
      ),
    ),
    h(
      'main',
      { class: 'columns' },
      h('aside', { class: 'left', id: 'left-column' }, left),
      h('section', { class: 'centre' }, centre),
      h('aside', { class: 'right', id: 'right-column' }, right),
    ),
  );
  const main = element.querySelector('.columns') as HTMLElement;
  const fold = (side: 'left' | 'right') => {
    const button = h(
      'button',
      {
        type: 'button',
        class: `fold fold-${side}`,
        'aria-controls': `${side}-column`,
        'aria-expanded': 'true',
        title: t(`shell.fold.${side}`),
        'aria-label': t(`shell.fold.${side}`),
      },
      side === 'left' ? '⟨' : '⟩',
    );
    button.addEventListener('click', () => {
      const folded = main.classList.toggle(`fold-${side}`);
      button.setAttribute('aria-expanded', String(!folded));
      button.textContent = (side === 'left') === folded ? '⟩' : '⟨';
    });
    return button;
  };
  element.querySelector('.app-header')!.append(fold('left'), fold('right'));
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
