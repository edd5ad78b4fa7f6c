/** The build stage: a structured bulletin → its GraphDocument (Bulletin, Practice and CONTAINS, plus linked facts). */
import { relationshipId, type GraphDocument, type GraphNode, type GraphRelationship } from '../../graph/graph-document';
import type { SourceText } from '../read/read-source';
import type { BulletinStructure } from '../structure/structure-bulletin';
import { nodeIds } from './node-ids';

export interface BuildInput {
  source: Pick<SourceText, 'file' | 'encoding' | 'traditional'>;
  cleanText: string;
  structure: BulletinStructure;
}

export function buildDocument(input: BuildInput): GraphDocument {
  const { header, items } = input.structure;
  const bulletinId = nodeIds.bulletin(input.cleanText);
  const nodes: GraphNode[] = [
    {
      id: bulletinId,
      labels: ['Bulletin'],
      properties: {
        source: input.source.file,
        title: header.title,
        issue: header.issue,
        date: header.date,
        publisher: header.publisher,
        encoding: input.source.encoding,
        traditional: input.source.traditional,
        region: null,
      },
    },
  ];
  const relationships: GraphRelationship[] = [];
  for (const item of items) {
    const practiceId = nodeIds.practice(bulletinId, item.ordinal);
    nodes.push({
      id: practiceId,
      labels: ['Practice'],
      properties: {
        title: item.title,
        text: item.text,
        section: item.section,
        reportedBy: item.reportedBy,
        date: header.date,
        ordinal: item.ordinal,
        localityPhrase: item.localityPhrase,
        subMeasures: item.subMeasures.map((m) => m.title),
        form: item.form,
      },
    });
    relationships.push({ id: relationshipId('CONTAINS', bulletinId, practiceId), type: 'CONTAINS', start: bulletinId, end: practiceId, properties: {} });
  }
  return { nodes, relationships };
}
