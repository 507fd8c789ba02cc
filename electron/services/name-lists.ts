// The lists post-correction checks OCR'd names, causes of death and relations against, read from
// assets/names (resources/assets/names when packaged, like the place pack). A missing or unreadable list
// is an installation fault: it fails loudly rather than letting every name pass as unusual.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError, errorDetail } from '../../shared/api/app-error.ts';
import { parseNameList, type NameLists } from '../../shared/ocr/name-lists.ts';

export const nameListFiles = {
  surnames: 'surnames.txt',
  maleGivenNames: 'given-names-male.txt',
  femaleGivenNames: 'given-names-female.txt',
  causesOfDeath: 'causes-of-death.txt',
  relations: 'relations.txt',
} as const;

/**
 * Packaged, electron-builder copies assets/ to resources/assets (extraResources). In development the
 * repository's assets/ is two folders up, both from the sources (electron/services) and from the
 * bundles (dist/electron, dist/node).
 */
export function bundledNameListsDir(resourcesDir?: string): string {
  return path.join(resourcesDir ?? path.resolve(import.meta.dirname, '..', '..'), 'assets', 'names');
}

async function readList(dir: string, file: string): Promise<string[]> {
  const where = path.join(dir, file);
  let bytes: Buffer;
  try {
    bytes = await readFile(where);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw AppError.of('path-not-found', { path: where });
    throw AppError.of('internal', { detail: `name list ${file}: ${errorDetail(error)}` });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw AppError.of('internal', { detail: `name list ${file} is not UTF-8 text` });
  }
  const entries = parseNameList(text);
  if (entries.length === 0) throw AppError.of('internal', { detail: `name list ${file} is empty` });
  return entries;
}

export async function loadNameLists(dir: string = bundledNameListsDir()): Promise<NameLists> {
  const [surnames, male, female, causesOfDeath, relations] = await Promise.all([
    nameListFiles.surnames, nameListFiles.maleGivenNames, nameListFiles.femaleGivenNames, nameListFiles.causesOfDeath, nameListFiles.relations,
  ].map((file) => readList(dir, file)));
  return { surnames: surnames!, givenNames: { male: male!, female: female! }, causesOfDeath: causesOfDeath!, relations: relations! };
}

/** The lists read when first asked for and kept; a failed read is tried again at the next ask. */
export function nameListsOnce(dir: string): () => Promise<NameLists> {
  let lists: Promise<NameLists> | null = null;
  return () => {
    lists ??= loadNameLists(dir).catch((error: unknown) => {
      lists = null;
      throw error;
    });
    return lists;
  };
}
