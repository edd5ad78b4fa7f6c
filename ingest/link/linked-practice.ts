/** A practice item with everything the link stages found in it: the input of the build stage. */
import type { LinkableItem } from '../structure/build-item';
import type { Figure } from './figures/extract-figures';
import type { LinkedMechanisms } from './mechanisms/link-mechanisms';
import type { LinkedOrganizations } from './organizations/link-organizations';
import type { LocalityResolution } from './localities/resolve-locality';

export interface LinkedPractice {
  item: LinkableItem;
  /** The practice's main locality (the one its phrase, attribution or first sentences name). */
  locality: LocalityResolution;
  /**
   * Further localities the practice is about, each with its own evidence (a report citing two cities' experience):
   * every one becomes a LOCATED_IN edge. Empty for an item that names its own place. See LOCALITIES.md.
   */
  otherLocalities: LocalityResolution[];
  mechanisms: LinkedMechanisms;
  organizations: LinkedOrganizations;
  figures: Figure[];
}
