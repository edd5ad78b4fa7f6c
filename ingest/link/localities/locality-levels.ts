/** The administrative levels the gazetteer knows, in order from the province down. */
export type LocalityLevel = 'province' | 'city' | 'county' | 'town' | 'village';

/** Depth of each level below the country; used to compare how close two localities are. */
export const LEVEL_DEPTH: Readonly<Record<LocalityLevel, number>> = {
  province: 1,
  city: 2,
  county: 3,
  town: 4,
  village: 5,
};
export const LEVELS: readonly LocalityLevel[] = ['province', 'city', 'county', 'town', 'village'];
