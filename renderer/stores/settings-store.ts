import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type Language = 'vi' | 'en';

interface SettingsState {
  language: Language;
  /** who is keying: recorded on every audit row */
  operator: string;
  setLanguage: (language: Language) => void;
}

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      language: 'vi',
      operator: 'local',
      setLanguage: (language) => set({ language }),
    }),
    { name: 'sohoa-settings', partialize: ({ language, operator }) => ({ language, operator }) },
  ),
);
