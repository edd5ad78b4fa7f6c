/** The translated name of a relationship type (USES → 采用); an unknown type shows as it is. */
import type { MessageKey, Translate } from '../i18n/translate';
import zhCN from '../i18n/zh-CN.json';

export function relationLabel(t: Translate, type: string): string {
  const key = `rel.${type}`;
  return key in zhCN ? t(key as MessageKey) : type;
}
