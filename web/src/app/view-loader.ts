/**
 * Loads what one seed puts on the canvas: a mechanism's grouped view (its places rolled up to the chosen level), a
 * locality's grouped view (its mechanisms), or any other node's direct neighbours; with the notice saying what was
 * drawn and what stays grouped. Answers are kept per seed, level and expansions, so changing one seed reloads one.
 */
import type { Request } from '../api/graphql-client';
import { parseProperties, stringProperty } from '../api/node-properties';
import { LOCALITY_VIEW_QUERY, MECHANISM_VIEW_QUERY, NEIGHBORHOOD_QUERY, NODE_QUERY } from '../api/queries';
import type {
  ApiNode,
  GroupedView,
  LocalityViewQuery,
  MechanismViewQuery,
  NeighborhoodQuery,
  NodeQuery,
  RollupLevel,
} from '../api/types';
import { groupedPart, subgraphPart, type ViewPart } from '../graph/to-elements';
import type { Translate } from '../i18n/translate';

/** Nodes a plain neighbourhood (a practice's, an organization's …) asks for. */
export const NEIGHBOURHOOD_LIMIT = 500;
/** Practices a grouped view draws at most over its expanded groups. */
export const VIEW_PRACTICES = 1500;

export interface SeedView {
  root: ApiNode;
  part: ViewPart;
  /** What the view drew and what it left grouped or cut. */
  notice: string | null;
}

export interface ViewLoader {
  node(id: string): Promise<ApiNode | null>;
  load(seed: string, options: { level: RollupLevel; expand: readonly string[] }): Promise<SeedView | null>;
}

export function createViewLoader(request: Request, t: Translate): ViewLoader {
  const nodes = new Map<string, Promise<ApiNode | null>>();
  const views = new Map<string, Promise<SeedView | null>>();

  const node = (id: string) => {
    let known = nodes.get(id);
    if (!known) {
      known = request<NodeQuery>(NODE_QUERY, { id }).then((answer) => answer.node);
      nodes.set(id, known);
      known.catch(() => nodes.delete(id));
    }
    return known;
  };

  async function fetchView(seed: string, level: RollupLevel, expand: readonly string[]): Promise<SeedView | null> {
    const root = await node(seed);
    if (!root) return null;
    if (root.label === 'Mechanism') return mechanismSeedView({ request, t, root, level, expand });
    if (root.label === 'Locality') return localitySeedView({ request, t, root, expand });
    return neighbourhoodSeedView({ request, t, root, seed });
  }

  return {
    node,
    load(seed, { level, expand }) {
      const key = `${seed}\u0000${level}\u0000${[...expand].join('\u0001')}`;
      let view = views.get(key);
      if (!view) {
        view = fetchView(seed, level, expand);
        views.set(key, view);
        view.catch(() => views.delete(key));
      }
      return view;
    },
  };
}

interface SeedQuery {
  request: Request;
  t: Translate;
  root: ApiNode;
}

/** A mechanism's places rolled up to the level, the expanded ones drawing their practices. */
async function mechanismSeedView({
  request,
  t,
  root,
  level,
  expand,
}: SeedQuery & { level: RollupLevel; expand: readonly string[] }): Promise<SeedView | null> {
  const name = stringProperty(parseProperties(root.properties), 'name') ?? root.caption;
  const { mechanismView } = await request<MechanismViewQuery>(MECHANISM_VIEW_QUERY, {
    mechanism: name,
    level,
    expand,
    practiceLimit: VIEW_PRACTICES,
  });
  return mechanismView
    ? {
        root,
        part: groupedPart(mechanismView),
        notice: groupedNotice(t, {
          name: root.caption,
          view: mechanismView,
          groups: 'places',
          kind: t(`level.${level}`),
        }),
      }
    : null;
}

/** A locality's mechanisms, the expanded ones drawing their practices there. */
async function localitySeedView({
  request,
  t,
  root,
  expand,
}: SeedQuery & { expand: readonly string[] }): Promise<SeedView | null> {
  const code = stringProperty(parseProperties(root.properties), 'code') ?? '';
  const { localityView } = await request<LocalityViewQuery>(LOCALITY_VIEW_QUERY, {
    code,
    expand,
    practiceLimit: VIEW_PRACTICES,
  });
  return localityView
    ? {
        root,
        part: groupedPart(localityView),
        notice: groupedNotice(t, {
          name: root.caption,
          view: localityView,
          groups: 'mechanisms',
          kind: t('label.Mechanism'),
        }),
      }
    : null;
}

/** Any other node's direct neighbours, up to NEIGHBOURHOOD_LIMIT. */
async function neighbourhoodSeedView({ request, t, root, seed }: SeedQuery & { seed: string }): Promise<SeedView> {
  const { neighborhood } = await request<NeighborhoodQuery>(NEIGHBORHOOD_QUERY, {
    id: seed,
    depth: 1,
    limit: NEIGHBOURHOOD_LIMIT,
  });
  return {
    root,
    part: subgraphPart(neighborhood, seed),
    notice: neighborhood.trimmed ? t('view.trimmed', { name: root.caption, shown: neighborhood.nodes.length }) : null,
  };
}

/**
 * "双报到: 110 practices, 30 drawn; the other 80 are not drawn, each counted in its province node (25 nodes; …)". A
 * mechanism's groups are places (a practice counts in one); a locality's are mechanisms (a practice counts in each it uses).
 */
export function groupedNotice(
  t: Translate,
  { name, view, groups, kind }: { name: string; view: GroupedView; groups: 'places' | 'mechanisms'; kind: string },
): string {
  const parts = [t('view.shown', { name, shown: view.shownPractices, count: view.practices })];
  const grouped = groups === 'places' ? 'view.groupedPlaces' : 'view.groupedMechanisms';
  if (view.groupedPractices > 0) parts.push(t(grouped, { count: view.groupedPractices, groups: view.groupedIn, kind }));
  if (view.trimmed) parts.push(t('view.trimmedGroups', { groups: view.groups, kind }));
  return parts.join(t('view.separator'));
}
