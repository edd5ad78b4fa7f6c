/**
 * A practice: its bulletin, its localities, its source text with the evidence highlighted (mechanisms, places,
 * organizations, figures — click one, or Enter / Space on it, to focus its node), its figures as printed with what
 * they count, its mechanisms with how they were found, and the practices most like it, with the reasons.
 */
import { numberProperty, parseProperties, stringListProperty, stringProperty } from '../api/node-properties';
import { PRACTICE_QUERY } from '../api/queries';
import type { ApiNode, EvidenceSpan, PracticeQuery, SimilarPractice } from '../api/types';
import { h } from '../dom/element';
import { isSpanKind, LABEL_STYLES, SPAN_LABELS, type SpanKind } from '../graph/label-styles';
import { highlightSegments } from '../text/highlight-segments';
import { vocabLabel } from '../i18n/vocab';
import { asChipNode, facts, nodeChip, panelHeading, plainChip, section } from './panel-blocks';
import type { PanelContext } from './panel-context';

const SPAN_KINDS: SpanKind[] = ['mechanism', 'locality', 'organization', 'metric'];

export async function practicePanel(id: string, context: PanelContext): Promise<HTMLElement | null> {
  const { practice: detail } = await context.request<PracticeQuery>(PRACTICE_QUERY, { id });
  if (!detail) return null;
  const { t, actions } = context;
  const properties = parseProperties(detail.practice.properties);
  const subMeasures = stringListProperty(properties, 'subMeasures');
  return h(
    'article',
    { class: 'panel practice-panel', 'data-id': id },
    panelHeading(t, { label: 'Practice', title: detail.practice.caption }),
    facts([
      [t('practice.bulletin'), detail.bulletin ? bulletinLine(detail.bulletin, context) : null],
      [t('practice.section'), stringProperty(properties, 'section')],
      [t('practice.reportedBy'), stringProperty(properties, 'reportedBy')],
      [
        t('label.Locality'),
        detail.localities.length
          ? h(
              'span',
              { class: 'chips' },
              detail.localities.map((l) => nodeChip(asChipNode(l), { onClick: actions.open })),
            )
          : null,
      ],
    ]),
    subMeasures.length ? h('p', { class: 'chips' }, subMeasures.map(plainChip)) : null,
    detail.mechanisms.length
      ? section(
          t('practice.mechanisms'),
          h(
            'ul',
            { class: 'uses' },
            detail.mechanisms.map((use) =>
              h(
                'li',
                {},
                nodeChip(asChipNode(use.mechanism), { onClick: actions.open }),
                h(
                  'span',
                  { class: 'muted small' },
                  [
                    vocabLabel(t, { kind: 'via', value: use.via }),
                    use.page !== null ? t('practice.page', { page: use.page }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · '),
                ),
              ),
            ),
          ),
        )
      : null,
    section(
      t('practice.evidence'),
      h(
        'p',
        { class: 'span-legend' },
        SPAN_KINDS.map((kind) => h('span', { class: `span span-${kind}`, style: spanColour(kind) }, t(`span.${kind}`))),
        h('span', { class: 'muted small' }, t('practice.hint')),
      ),
      evidenceText(id, stringProperty(properties, 'text') ?? '', detail.spans, context),
    ),
    detail.metrics.length
      ? section(t('practice.figures', { count: detail.metrics.length }), figureList(detail.metrics, context))
      : null,
    section(t('practice.similar'), similarList(detail.similar, context)),
  );
}

function bulletinLine(bulletin: ApiNode, context: PanelContext): HTMLElement {
  const p = parseProperties(bulletin.properties);
  const issue = numberProperty(p, 'issue');
  const parts = [
    // The server captions a bulletin without a masthead by its file name.
    stringProperty(p, 'title') ?? bulletin.caption,
    issue !== null ? context.t('practice.issue', { issue }) : null,
    stringProperty(p, 'date'),
    stringProperty(p, 'publisher'),
  ].filter((part): part is string => part !== null);
  return h(
    'button',
    { type: 'button', class: 'link bulletin-line', onclick: () => context.actions.open(bulletin.id) },
    parts.join(' · '),
  );
}

/** The practice text as runs: plain text, and marks that name the node they point to. */
function evidenceText(practiceId: string, text: string, spans: EvidenceSpan[], context: PanelContext): HTMLElement {
  const runs = highlightSegments(text, spans).map((segment) => {
    const span = segment.primary;
    if (!span || !isSpanKind(span.kind)) return segment.text;
    const kind = span.kind;
    const activate = (mark: HTMLElement) =>
      void context.actions.focus(span.nodeId, practiceId).then(() => {
        // The highlight now shown on the canvas is outlined, so the reader sees which one the view is on.
        mark
          .closest('.evidence-text')
          ?.querySelectorAll('mark.active')
          .forEach((m) => m.classList.remove('active'));
        mark.classList.add('active');
      });
    return h(
      'mark',
      {
        class: `span span-${kind}`,
        style: spanColour(kind),
        'data-node': span.nodeId,
        'data-kind': kind,
        title: `${context.t(`span.${kind}`)} · ${span.label}`,
        tabindex: 0,
        role: 'button',
        onclick: (event) => activate(event.currentTarget as HTMLElement),
        onkeydown: (event) => {
          const key = (event as KeyboardEvent).key;
          if (key !== 'Enter' && key !== ' ') return;
          event.preventDefault();
          activate(event.currentTarget as HTMLElement);
        },
      },
      segment.text,
    );
  });
  return h('div', { class: 'evidence-text' }, runs);
}

/** Figures as printed (1800余次, 近200名) with what they count, each opening its node. */
function figureList(metrics: ApiNode[], { t, actions }: PanelContext): HTMLElement {
  return h(
    'ul',
    { class: 'figures' },
    metrics.map((metric) => {
      const counted = stringProperty(parseProperties(metric.properties), 'object');
      return h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'link figure', 'data-id': metric.id, onclick: () => actions.open(metric.id) },
          metric.caption,
        ),
        counted
          ? h('span', { class: 'muted small' }, ` ${counted}`)
          : h('span', { class: 'muted small' }, ` ${t('metric.noObject')}`),
      );
    }),
  );
}

function spanColour(kind: SpanKind): string {
  const style = LABEL_STYLES[SPAN_LABELS[kind]];
  return `--c:${style.color};--ink:${style.ink}`;
}

function similarList(similar: SimilarPractice[], context: PanelContext): HTMLElement {
  const { t, actions } = context;
  if (similar.length === 0) return h('p', { class: 'muted' }, t('practice.noSimilar'));
  return h(
    'ol',
    { class: 'similar-list' },
    similar.map((s) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'link', 'data-id': s.practice.id, onclick: () => actions.open(s.practice.id) },
          s.practice.caption,
        ),
        h('span', { class: 'score' }, t('practice.score', { score: s.score.toFixed(2) })),
        s.sharedMechanisms.length
          ? h(
              'div',
              { class: 'reason' },
              h('span', { class: 'muted' }, t('practice.sharedMechanisms')),
              s.sharedMechanisms.map(plainChip),
            )
          : null,
        s.sharedTerms.length
          ? h(
              'div',
              { class: 'reason' },
              h('span', { class: 'muted' }, t('practice.sharedTerms')),
              s.sharedTerms.join('、'),
            )
          : null,
      ),
    ),
  );
}
