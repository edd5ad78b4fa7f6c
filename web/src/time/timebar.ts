/**
 * The time axis above the canvas, the map and the matrix: a period of years chosen with two sliders, played year by
 * year (the spread unfolds: the period's end moves on), and whether undated items are hidden — they are counted
 * beside it either way.
 */
import { h, replaceChildren } from '../dom/element';
import type { Translate } from '../i18n/translate';
import { nextYear, periodFromYears, yearOfBound, type Period, type YearSpan } from './period';

const STEP_MS = 900;

export interface TimebarState extends Period {
  undated: boolean;
}

export interface Timebar {
  element: HTMLElement;
  /** The years the shown items span and how many are undated (null span: nothing dated). */
  setDomain(span: YearSpan | null, undated: number): void;
  setState(state: TimebarState): void;
  stop(): void;
}

export interface TimebarOptions {
  t: Translate;
  initial: TimebarState;
  onChange(state: TimebarState): void;
}

export function createTimebar({ t, initial, onChange }: TimebarOptions): Timebar {
  let state = initial;
  let span: YearSpan | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;
  const controls = timebarControls(t);
  const { fromInput, toInput, undatedNote, hideUndated, play, clear } = controls;

  const emit = (next: Partial<TimebarState>) => {
    state = { ...state, ...next };
    render();
    onChange(state);
  };
  const years = () => ({ from: yearOfBound(state.from), to: yearOfBound(state.to) });

  fromInput.addEventListener('input', () => {
    const from = Number(fromInput.value);
    const to = years().to;
    emit(periodFromYears(from, to !== null && to < from ? from : to));
  });
  toInput.addEventListener('input', () => {
    const to = Number(toInput.value);
    const from = years().from;
    emit(periodFromYears(from !== null && from > to ? to : from, to));
  });
  hideUndated.addEventListener('change', () => emit({ undated: hideUndated.checked }));
  clear.addEventListener('click', () => {
    stop();
    emit({ from: '', to: '', undated: false });
  });
  play.addEventListener('click', () => (timer ? stop() : start()));

  function start(): void {
    if (!span) return;
    const from = years().from ?? span.min;
    emit(periodFromYears(from, from));
    play.textContent = '⏸';
    play.setAttribute('aria-label', t('time.pause'));
    timer = setInterval(() => {
      if (!span) return stop();
      const next = nextYear(years().to, span);
      if (next === null) return stop();
      emit(periodFromYears(years().from, next));
    }, STEP_MS);
  }

  function stop(): void {
    clearInterval(timer);
    timer = undefined;
    play.textContent = '▶';
    play.setAttribute('aria-label', t('time.play'));
  }

  function render(): void {
    showState(controls, { t, state, span });
  }

  render();
  return {
    element: timebarElement(t, controls),
    setDomain(nextSpan, undated) {
      span = nextSpan;
      replaceChildren(undatedNote, undated > 0 ? t('time.undated', { count: undated }) : '');
      render();
    },
    setState(next) {
      state = next;
      render();
    },
    stop,
  };
}

interface TimebarControls {
  fromInput: HTMLInputElement;
  toInput: HTMLInputElement;
  readout: HTMLElement;
  undatedNote: HTMLElement;
  hideUndated: HTMLInputElement;
  play: HTMLElement;
  clear: HTMLElement;
}

function timebarControls(t: Translate): TimebarControls {
  return {
    fromInput: h('input', { type: 'range', class: 'year-from', 'aria-label': t('time.from'), step: 1 }),
    toInput: h('input', { type: 'range', class: 'year-to', 'aria-label': t('time.to'), step: 1 }),
    readout: h('output', { class: 'period-readout', 'aria-live': 'polite' }),
    undatedNote: h('span', { class: 'muted small undated-note' }),
    hideUndated: h('input', { type: 'checkbox', class: 'hide-undated' }),
    play: h('button', { type: 'button', class: 'play', 'aria-label': t('time.play'), title: t('time.play') }, '▶'),
    clear: h('button', { type: 'button', class: 'small-button', 'data-action': 'all-time' }, t('time.all')),
  };
}

/** Play, the two sliders around the period's readout, all time, the undated count and switch. */
function timebarElement(t: Translate, controls: TimebarControls): HTMLElement {
  return h(
    'div',
    { class: 'timebar', role: 'group', 'aria-label': t('time.title') },
    h('span', { class: 'timebar-title' }, t('time.title')),
    controls.play,
    controls.fromInput,
    controls.readout,
    controls.toInput,
    controls.clear,
    controls.undatedNote,
    h('label', { class: 'small' }, controls.hideUndated, t('time.hideUndated')),
  );
}

/** The sliders over the span (disabled without one), the period read out, the undated switch. */
function showState(
  { fromInput, toInput, play, readout, hideUndated }: TimebarControls,
  { t, state, span }: { t: Translate; state: TimebarState; span: YearSpan | null },
): void {
  const disabled = span === null;
  for (const input of [fromInput, toInput, play]) input.toggleAttribute('disabled', disabled);
  const from = yearOfBound(state.from);
  const to = yearOfBound(state.to);
  if (span) {
    for (const input of [fromInput, toInput]) {
      input.min = String(span.min);
      input.max = String(span.max);
    }
    fromInput.value = String(from ?? span.min);
    toInput.value = String(to ?? span.max);
  }
  replaceChildren(
    readout,
    disabled
      ? t('time.none')
      : from === null && to === null
        ? t('time.allYears', { min: span!.min, max: span!.max })
        : `${from ?? span!.min} – ${to ?? span!.max}`,
  );
  hideUndated.checked = state.undated;
}
