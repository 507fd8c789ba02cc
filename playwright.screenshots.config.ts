import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

// The same browser and host as the end-to-end tests, for `npm run screenshot` only.
export default defineConfig({ ...base, testDir: 'tests/screenshots' });
