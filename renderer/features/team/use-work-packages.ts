// Work packages from the screens: a batch's pass saved as a file for another PC, a result saved to go
// back, and either taken in from a file the person picks.
import { useCallback } from 'react';
import { AppError } from '../../../shared/api/app-error.ts';
import type { Pass } from '../../../shared/team/batches.ts';
import type { PackageManifest } from '../../../shared/team/work-package.ts';
import { useAppInfo } from '../../app/use-app-info.ts';
import { useDatabase } from '../../app/database-context.ts';
import {
  exportResult, exportWorkPackage, importPackage, settleConflict,
  type ImportedPackage, type PackageConflict, type PackageFile, type PackageMaker,
} from '../../db/work-package-repository.ts';
import { useAppClient } from '../../platform/app-client.ts';
import { saveFile } from '../../platform/save-file.ts';
import { sha256Hex } from '../../platform/sha256.ts';
import { useCurrentPerson, useTeamStore } from '../../stores/team-store.ts';
import { usePlaceResolver } from '../places/use-place-resolver.ts';
import { bookNumberingErrors } from '../workspace/use-registration-findings.ts';
import { useTeamProfiles } from './use-team-profiles.ts';

export interface WorkPackages {
  /** false until what a package records (the app's version, the place table's) is known */
  ready: boolean;
  exportWork: (batchId: string, pass: Pass) => Promise<void>;
  exportResult: (batchId: string) => Promise<void>;
  importFile: (file: File) => Promise<ImportedPackage>;
  /** the refusals of entries the choice settled that their errors keep from being verified */
  settle: (manifest: PackageManifest, conflict: PackageConflict, choice: 'ours' | 'theirs') => Promise<unknown[]>;
}

const zip = 'application/zip';

export function useWorkPackages(): WorkPackages {
  const db = useDatabase();
  const client = useAppClient();
  const person = useCurrentPerson();
  const profiles = useTeamStore((s) => s.profiles);
  const { reload } = useTeamProfiles();
  const info = useAppInfo().value;
  const places = usePlaceResolver().value;

  const maker = useCallback((): PackageMaker => {
    if (!person || !info || !places) throw new Error('a package is made once the person, the app and the place table are known');
    return { person, profiles: profiles ?? [], placeTableVersion: places.packVersion, appVersion: info.version, sha256: sha256Hex };
  }, [person, profiles, info, places]);

  const numbering = bookNumberingErrors(db);
  const save = (file: PackageFile) => saveFile(file.fileName, file.bytes, zip);

  return {
    ready: person !== null && info !== null && places !== null,
    exportWork: async (batchId, pass) => save(await exportWorkPackage(db, batchId, pass, maker(), (sha256) => client.call('pages:getImage', { sha256, variant: 'original' }))),
    exportResult: async (batchId) => save(await exportResult(db, batchId, maker())),
    importFile: async (file) => {
      const imported = await importPackage(db, new Uint8Array(await file.arrayBuffer()), {
        person,
        sha256: sha256Hex,
        storeImage: async (image) => {
          const stored = await client.call('pages:import', { fileName: `${image.pageId}.${image.mimeType.split('/')[1]}`, bytes: image.bytes as Uint8Array<ArrayBuffer> });
          const page = stored.pages[0];
          if (!page) throw stored.error ? new AppError(stored.error) : new Error(`image ${image.pageId} was not stored`);
          return page.sha256;
        },
        adopt: async (people) => {
          await client.call('team:adoptProfiles', { people });
          await reload();
        },
        numbering,
      });
      return imported;
    },
    settle: async (manifest, conflict, choice) => {
      if (!person) throw new Error('a conflict is settled by the person working');
      return settleConflict(db, manifest, conflict, choice, person, numbering);
    },
  };
}
