/** A practice item with everything the link stages found in it: the input of the build stage. */
import type { PracticeItem } from '../structure/build-item';
import type { Figure } from './extract-figures';
import type { LinkedMechanisms } from './link-mechanisms';
import type { LinkedOrganizations } from './link-organizations';
import type { LocalityResolution } from './resolve-locality';

export interface LinkedPractice {
  item: PracticeItem;
  locality: LocalityResolution;
  mechanisms: LinkedMechanisms;
  organizations: LinkedOrganizations;
  figures: Figure[];
}
