/** Interface text in Chinese (default) and English; the messages are data files, one per language, with the same keys. */
import type { Language } from '../state/view-state';
import en from './en.json';
import zhCN from './zh-CN.json';

export type MessageKey = keyof typeof zhCN;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const MESSAGES: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

/** A translator: `{name}` placeholders are filled from params; a missing message falls back to Chinese. */
export function createTranslator(language: Language): Translate {
  const messages = MESSAGES[language];
  return (key, params = {}) =>
    (messages[key] ?? zhCN[key]).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
