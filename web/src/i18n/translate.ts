/**
 * Interface text in Chinese (default) and English; the messages are data files, one per language, with the same keys.
 * A message with a `#one` variant is used in that form when `count` is 1 ("1 practice", "2 practices").
 */
import type { Language } from '../state/view-state';
import en from './en.json';
import zhCN from './zh-CN.json';

type AllKeys = keyof typeof zhCN;
export type MessageKey = Exclude<AllKeys, `${string}#one`>;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const MESSAGES: Record<Language, Record<AllKeys, string>> = { 'zh-CN': zhCN, en };

/** A translator: `{name}` placeholders are filled from params; a missing message falls back to Chinese. */
export function createTranslator(language: Language): Translate {
  const messages: Record<string, string | undefined> = MESSAGES[language];
  const fallback: Record<string, string | undefined> = zhCN;
  return (key, params = {}) => {
    const singular = params['count'] === 1 ? messages[`${key}#one`] : undefined;
    const template = singular ?? messages[key] ?? fallback[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? formatParam(params[name]!, language) : whole,
    );
  };
}

/** Whether a message exists (for keys built from data, such as a category name). */
export function hasMessage(key: string): key is MessageKey {
  return key in zhCN && !key.endsWith('#one');
}

function formatParam(value: string | number, language: Language): string {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) >= 10000
    ? value.toLocaleString(language)
    : String(value);
}
