// `node scripts/check-node.mjs`: stops with a plain sentence when this Node is older than the one version
// SoHoa supports (package.json's engines, ">=MAJOR.MINOR"), rather than with a syntax error deep in a
// tool. CI runs it first (.ci/run).
// Only what old Nodes have (no import.meta.dirname), or the check would fail before it could say why.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const [major, minor] = /^>=(\d+)\.(\d+)$/.exec(manifest.engines.node).slice(1).map(Number);
const [hasMajor, hasMinor] = process.versions.node.split('.').map(Number);
if (hasMajor < major || (hasMajor === major && hasMinor < minor)) {
  console.error(`SoHoa cần Node.js ${major}.${minor} trở lên, máy này có ${process.version}.`);
  console.error(`SoHoa needs Node.js ${major}.${minor} or later; this machine has ${process.version}.`);
  process.exit(1);
}
