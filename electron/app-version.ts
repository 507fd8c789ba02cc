import packageJson from '../package.json' with { type: 'json' };

export const appVersion: string = packageJson.version;

/**
 * What the app runs on, shown in the app so that whoever looks after the PCs can check it against Electron's
 * security advisories (README, Security updates).
 */
export function runtimeDescription(versions: NodeJS.ProcessVersions = process.versions): string {
  const parts = [versions.electron && `Electron ${versions.electron}`, versions.chrome && `Chromium ${versions.chrome}`, `Node ${versions.node}`];
  return parts.filter(Boolean).join(' · ');
}
