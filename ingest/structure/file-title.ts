/**
 * The title a file carries in its own metadata (an HTML <title>, DOCX or PDF properties), without the site's name
 * that pages append to it (嘉善县“网格+积分”激活小区治理一池春水_嘉兴在线 → the headline) and what office software
 * leaves in it (Microsoft Word - …docx): the longest of the parts the layout's `fileTitleSeparators` divide it into.
 */
import type { LayoutVocabulary } from '../knowledge/layout-vocabulary';
import type { SourceMetadata } from '../read/read-source';

export function fileTitle(metadata: SourceMetadata, vocab: LayoutVocabulary): string | null {
  let title = metadata.title ?? '';
  for (const noise of vocab.article.fileTitleNoise) title = title.split(noise).join(' ');
  let parts = [title.trim()];
  for (const separator of vocab.article.fileTitleSeparators) parts = parts.flatMap((p) => p.split(separator));
  const longest = parts.map((p) => p.trim()).reduce((best, p) => (p.length > best.length ? p : best), '');
  return longest === '' ? null : longest;
}
