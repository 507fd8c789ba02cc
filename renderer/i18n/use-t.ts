import { useCallback } from 'react';
import type { LocalizedText } from '../../shared/domain/record-kinds.ts';
import { useSettingsStore, type Language } from '../stores/settings-store.ts';
import { messages, type MessageKey } from './messages.ts';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translate(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return messages[key][language].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function useT(): { t: Translate; language: Language; pick: (text: LocalizedText) => string } {
  const language = useSettingsStore((s) => s.language);
  const t = useCallback<Translate>((key, params) => translate(language, key, params), [language]);
  const pick = useCallback((text: LocalizedText) => text[language], [language]);
  return { t, language, pick };
}
