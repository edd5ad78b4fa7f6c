/** What the explorer shows, as plain data: everything a shared link must carry to reopen the same view. */
import { NODE_LABELS, ROLLUP_LEVELS, type NodeLabel, type RollupLevel } from '../api/types';

export const TABS = ['graph', 'matrix', 'cypher'] as const;
export type Tab = (typeof TABS)[number];

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Matrix row order: by total practices, by name, or by one mechanism's column (`m:<name>`). */
export type MatrixSort = 'total' | 'name' | `m:${string}`;

export interface ViewState {
  tab: Tab;
  lang: Language;
  /** Text in the search box. */
  q: string;
  /** Nodes whose neighbourhoods are on the canvas, in the order they were expanded. */
  seeds: string[];
  /** The node shown in the detail panel. */
  sel: string | null;
  layout: LayoutName;
  /** Labels filtered off the canvas. */
  hide: NodeLabel[];
  /** Administrative code of the province or city the canvas is limited to; '' for all. */
  region: string;
  /** Date range (YYYY-MM-DD, inclusive); '' for open. */
  from: string;
  to: string;
  level: RollupLevel;
  sort: MatrixSort;
  /** The Cypher console's text and parameters (JSON). */
  cypher: string;
  params: string;
}

export const DEFAULT_STATE: ViewState = {
  tab: 'graph',
  lang: 'zh-CN',
  q: '',
  seeds: [],
  sel: null,
  layout: 'fcose',
  // Figures outnumber everything else (a dozen per practice); they stay in the practice panel unless asked for.
  hide: ['Metric'],
  region: '',
  from: '',
  to: '',
  level: 'county',
  sort: 'total',
  cypher: '',
  params: '',
};

export function isTab(value: string): value is Tab {
  return (TABS as readonly string[]).includes(value);
}

export function isLayout(value: string): value is LayoutName {
  return (LAYOUTS as readonly string[]).includes(value);
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

export function isRollupLevel(value: string): value is RollupLevel {
  return (ROLLUP_LEVELS as readonly string[]).includes(value);
}
