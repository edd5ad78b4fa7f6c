/** The selected node on the canvas: its neighbourhood stays, the rest fades; selecting can centre or zoom to it. */
import type { Core } from 'cytoscape';
import { captionFont } from './label-priority';

/** Fades everything outside the node's closed neighbourhood; null brings everything back. */
export function fadeAround(cy: Core, id: string | null): void {
  cy.batch(() => {
    const node = id ? cy.getElementById(id) : null;
    const keep = node?.nonempty() ? node.closedNeighborhood() : cy.elements();
    cy.elements('.faded').intersection(keep).removeClass('faded');
    if (node?.nonempty()) cy.elements().not(keep).not('.faded').addClass('faded');
  });
}

/** Selects the node (if it is on the canvas), centred or zoomed to when asked; resolves when the view has moved. */
export function selectNode(
  cy: Core,
  { id, center = false, zoom }: { id: string | null; center?: boolean; zoom?: number },
): Promise<void> {
  cy.nodes(':selected').unselect();
  const node = id ? cy.getElementById(id) : null;
  fadeAround(cy, id);
  if (!node?.nonempty()) return Promise.resolve();
  node.data('fs', captionFont(cy.zoom()));
  node.select();
  if (zoom === undefined && !center) return Promise.resolve();
  const target =
    zoom === undefined ? { center: { eles: node } } : { center: { eles: node }, zoom: Math.max(cy.zoom(), zoom) };
  return new Promise<void>((resolve) => cy.animate(target, { duration: 250, complete: () => resolve() }));
}
