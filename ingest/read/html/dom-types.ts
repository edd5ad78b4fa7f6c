/**
 * The few DOM members the HTML and Word readers use, typed structurally: the project compiles without the browser's
 * DOM library, and linkedom's documents provide these.
 */

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

export interface DomDocument extends DomNode {
  title: string;
  body: DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode & { getAttribute(name: string): string | null }>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
