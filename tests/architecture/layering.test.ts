// The layers are enforced by lint (eslint.config.js); these probes prove each rule fires where it must
// and stays quiet where the import is allowed.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The probes are not files on disk, so the type-aware part of the config (which needs a tsconfig
// that lists them) is switched off; the layering rules need no types.
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }] });

async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const fatal = result!.messages.find((m) => m.fatal);
  if (fatal) throw new Error(fatal.message);
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('layering rules', () => {
  it.each([
    ["import { app } from 'electron';\nexport const a = app;"],
    ["import { readFile } from 'node:fs/promises';\nexport const r = readFile;"],
    ["import path from 'path';\nexport const p = path;"],
    ["import { PageStore } from '../../electron/services/page-store.ts';\nexport const s = PageStore;"],
    ["import { useT } from '../../renderer/i18n/use-t.ts';\nexport const t = useT;"],
    ["import { useState } from 'react';\nexport const u = useState;"],
    ['export const w = window.location.href;'],
    ['export const b = Buffer.from([]);'],
    ['export const e = process.env.HOME;'],
  ])('shared/ refuses %s', async (code) => {
    expect(await violations('shared/domain/probe.ts', code)).not.toEqual([]);
  });

  it('shared/ may import shared/ and zod', async () => {
    expect(await violations('shared/domain/probe.ts', "import { z } from 'zod';\nimport { cleanText } from '../text/normalize.ts';\nexport const x = [z, cleanText];")).toEqual([]);
  });

  it.each([
    ["import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;"],
    ["import { PageStore } from '../../electron/services/page-store.ts';\nexport const s = PageStore;"],
    ["import { readFileSync } from 'node:fs';\nexport const r = readFileSync;"],
  ])('renderer/ refuses %s', async (code) => {
    expect(await violations('renderer/features/probe.ts', code)).not.toEqual([]);
  });

  it('electron/ refuses renderer/ and may use Node', async () => {
    expect(await violations('electron/services/probe.ts', "import { openDatabase } from '../../renderer/db/database.ts';\nexport const o = openDatabase;")).not.toEqual([]);
    expect(await violations('electron/services/probe.ts', "import { readFile } from 'node:fs/promises';\nexport const r = readFile;")).toEqual([]);
  });
});
