/** While a layout runs: a status over the canvas with the node count, the seconds spent, and a cancel button. */
import { h, replaceChildren } from '../dom/element';
import type { Translate } from '../i18n/translate';
import { toolbarButton } from './graph-toolbar';

export interface LayoutProgress {
  element: HTMLElement;
  /** A layout started (with its node count) or ended (null). */
  show(running: { nodes: number } | null): void;
}

export function createLayoutProgress(t: Translate, { onCancel }: { onCancel(): void }): LayoutProgress {
  const element = h('div', { class: 'layout-progress', hidden: true, role: 'status' });
  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    element,
    show(running) {
      clearInterval(timer);
      element.hidden = running === null;
      if (!running) return;
      const started = performance.now();
      const cancel = toolbarButton(t('graph.cancelLayout'), {
        onclick: onCancel,
        attributes: { 'data-action': 'cancel-layout', class: 'small-button' },
      });
      const text = h('span', {});
      const tick = () =>
        replaceChildren(
          text,
          t('graph.layingOut', { nodes: running.nodes, seconds: ((performance.now() - started) / 1000).toFixed(1) }),
        );
      tick();
      timer = setInterval(tick, 250);
      replaceChildren(element, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text, cancel);
    },
  };
}
