/** What every detail panel is given: the API, the translator, and the explorer's navigation actions. */
import type { Request } from '../api/graphql-client';
import type { NodeData } from '../graph/to-elements';
import type { Translate } from '../i18n/translate';

export interface PanelActions {
  /** Shows a node: on the canvas (expanding it if it is not there yet) and in the detail panel. */
  open(id: string): void;
  /** Brings a node from a highlight in `context`'s text into view (loading the context's neighbourhood if needed). */
  focus(id: string, context: string): Promise<void>;
  /** Nodes on the canvas next to this one. */
  neighbours(id: string): NodeData[];
  /** Opens the map on a mechanism. */
  showOnMap(mechanism: string): void;
}

export interface PanelContext {
  request: Request;
  t: Translate;
  actions: PanelActions;
  /** False once the panel has moved on to another node: late answers are then dropped. */
  isCurrent(): boolean;
}
