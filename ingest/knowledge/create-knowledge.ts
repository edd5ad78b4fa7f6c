/**
 * All the knowledge the ingest stages read, created once: layout vocabulary, gazetteer, lexicons, organization patterns,
 * units, segmenter and the analyses' term knowledge. Stages receive it; nothing they ingest changes it.
 */
import { loadAnalysisKnowledge } from '../../graph/analytics/analysis-knowledge';
import type { TermSegmentation } from '../../graph/analytics/bulletin-terms';
import { createGazetteer, type Gazetteer } from '../link/localities/gazetteer';
import type { LinkKnowledge } from '../link/link-practices';
import { loadMechanismLexicon, type MechanismLexicon } from '../link/mechanisms/mechanism-lexicon';
import { loadMechanismOverlay, type MechanismOverlay } from '../link/mechanisms/mechanism-overlay';
import { withMechanismOverlay } from '../link/mechanisms/with-mechanism-overlay';
import { loadOrganizationPatterns, type OrganizationPatterns } from '../link/organizations/organization-patterns';
import { loadUnitLexicon, type UnitLexicon } from '../link/figures/unit-lexicon';
import { createSegmenter, type Segmenter } from '../segment/create-segmenter';
import { domainWords } from '../segment/domain-words';
import { loadLayoutVocabulary, type LayoutVocabulary } from './layout-vocabulary';

export interface IngestKnowledge {
  layout: LayoutVocabulary;
  gazetteer: Gazetteer;
  mechanisms: MechanismLexicon;
  units: UnitLexicon;
  organizations: OrganizationPatterns;
  segmenter: Segmenter;
  /** How practices are cut into analysis terms (the segment stage and the analyses share it). */
  terms: TermSegmentation;
}

export interface KnowledgeOptions {
  /**
   * The researchers' lexicon overlay (a `mechanism-overlay.json` path, or one already loaded): it wins over the shipped
   * lexicon. Read once, here; a bad file throws MechanismLexiconError naming it and the field.
   */
  mechanismOverlay?: string | MechanismOverlay;
}

/** Place names masked in analysis terms: no two items are similar for naming one county. */
const MASKED_LEVELS = ['province', 'city', 'county', 'town'] as const;

export function createKnowledge(options: KnowledgeOptions = {}): IngestKnowledge {
  const gazetteer = createGazetteer();
  const shipped = loadMechanismLexicon();
  const overlay = typeof options.mechanismOverlay === 'string' ? loadMechanismOverlay(options.mechanismOverlay) : options.mechanismOverlay;
  const mechanisms = overlay === undefined ? shipped : withMechanismOverlay(shipped, overlay);
  const organizations = loadOrganizationPatterns();
  const segmenter = createSegmenter({ words: domainWords({ gazetteer, mechanisms, organizations }) });
  const places = new Set(gazetteer.surfaces(MASKED_LEVELS));
  return {
    layout: loadLayoutVocabulary(),
    gazetteer,
    mechanisms,
    units: loadUnitLexicon(),
    organizations,
    segmenter,
    terms: { tokenize: (text, whole) => segmenter.wordsWith(text, whole), knowledge: loadAnalysisKnowledge(), isPlaceName: (word) => places.has(word) },
  };
}

/** The part of the knowledge the link stages read. */
export function linkKnowledge(knowledge: IngestKnowledge): LinkKnowledge {
  const { gazetteer, mechanisms, units, organizations } = knowledge;
  return { gazetteer, mechanisms, units, organizations };
}
