import { useCallback } from 'react';
import type { LocalizedText } from '../../shared/domain/record-kinds.ts';
import { useSettingsStore, type Language } from '../stores/settings-store.ts';
import { messages, type MessageKey } from './messages.ts';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * A message with its parameters filled in. `{count|entry|entries}` is the number with its noun in the
 * singular or the plural (English needs it; Vietnamese nouns do not change).
 */
export function translate(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return messages[key][language]
    .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (whole, name: string, one: string, other: string) => (name in params ? `${params[name]} ${Number(params[name]) === 1 ? one : other}` : whole))
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function useT(): { t: Translate; language: Language; pick: (text: LocalizedText) => string } {
  const language = useSettingsStore((s) => s.language);
  const t = useCallback<Translate>((key, params) => translate(language, key, params), [language]);
  const pick = useCallback((text: LocalizedText) => text[language], [language]);
  return { t, language, pick };
}
