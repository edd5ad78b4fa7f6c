/** What the explorer shows, as plain data: everything a shared link must carry to reopen the same view. */
import { NODE_LABELS, ROLLUP_LEVELS, type NodeLabel, type RollupLevel } from '../api/types';
import { COLOUR_MODES, type ColourMode } from '../graph/colour-scale';

export const TABS = ['graph', 'map', 'matrix', 'cypher'] as const;
export type Tab = (typeof TABS)[number];

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Matrix row order: by total practices, by name, or by one mechanism's column (`m:<name>`). */
export type MatrixSort = 'total' | 'name' | `m:${string}`;

/** Map colouring: by first-adoption year or by practice count. */
export const MAP_COLOURS = ['year', 'count'] as const;
export type MapColour = (typeof MAP_COLOURS)[number];

export interface ViewState {
  tab: Tab;
  lang: Language;
  /** Text in the search box. */
  q: string;
  /** Nodes whose views are on the canvas, in the order they were opened. */
  seeds: string[];
  /** Groups whose practices are drawn: `<seed id>><group key>` (a place code in a mechanism's view, a mechanism name in a locality's). */
  expand: string[];
  /** The node shown in the detail panel. */
  sel: string | null;
  layout: LayoutName;
  /** The level a mechanism's adopting places are rolled up to on the canvas. */
  glevel: RollupLevel;
  colour: ColourMode;
  /** Groups sized by their practice counts. */
  sized: boolean;
  /** Labels filtered off the canvas. */
  hide: NodeLabel[];
  /** Administrative code of the province or city the canvas and the matrix are limited to; '' for all. */
  region: string;
  /** Period (YYYY-MM-DD, inclusive); '' for open. */
  from: string;
  to: string;
  /** Hide undated nodes, places and cells while a period is set. */
  undated: boolean;
  /** Matrix: roll-up level, row order, chosen columns (empty: the most used curated mechanisms), a family as columns. */
  level: RollupLevel;
  sort: MatrixSort;
  cols: string[];
  family: string;
  /** Map: the mechanism shown, whether its whole family, the level, the colouring. */
  mech: string;
  mfamily: boolean;
  mlevel: RollupLevel;
  mcolour: MapColour;
  /** The Cypher console's text and parameters (JSON). */
  cypher: string;
  params: string;
}

export const DEFAULT_STATE: ViewState = {
  tab: 'graph',
  lang: 'zh-CN',
  q: '',
  seeds: [],
  expand: [],
  sel: null,
  layout: 'fcose',
  glevel: 'city',
  colour: 'label',
  sized: true,
  // Figures outnumber everything else (a dozen per practice); they stay in the practice panel unless asked for.
  hide: ['Metric'],
  region: '',
  from: '',
  to: '',
  undated: false,
  level: 'county',
  sort: 'total',
  cols: [],
  family: '',
  mech: '',
  mfamily: false,
  mlevel: 'province',
  mcolour: 'year',
  cypher: '',
  params: '',
};

const member =
  <T extends string>(list: readonly T[]) =>
  (value: string): value is T =>
    (list as readonly string[]).includes(value);

export const isTab = member(TABS);
export const isLayout = member(LAYOUTS);
export const isLanguage = member(LANGUAGES);
export const isNodeLabel = member(NODE_LABELS);
export const isRollupLevel = member(ROLLUP_LEVELS);
export const isColourMode = member(COLOUR_MODES);
export const isMapColour = member(MAP_COLOURS);
