// electron-builder's afterPack hook (electron-builder.yml), bundled by `npm run build` to
// dist/packaging/after-pack.js: writes the hashes of the files that run outside the asar, which the app
// checks before it starts the OCR process (electron/security/install-integrity.ts). It runs before
// signing, so the installer's signature covers the hashes on platforms that sign the resources.
import { writeIntegrityManifest } from '../electron/security/install-integrity.ts';

interface AfterPackContext {
  appOutDir: string;
  packager: { getResourcesDir(appOutDir: string): string };
}

export async function afterPack(context: AfterPackContext): Promise<void> {
  const resourcesDir = context.packager.getResourcesDir(context.appOutDir);
  const count = await writeIntegrityManifest(resourcesDir);
  console.log(`  • install integrity: ${count} files hashed in ${resourcesDir}`);
}
