// Bundles the Node-side entry points. The preload is CommonJS because sandboxed preloads cannot load ESM;
// sharp, tesseract.js, pdf.js and its canvas stay external (native code, worker scripts and font files are
// loaded from their packages).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  external: ['electron', 'sharp', 'tesseract.js', 'pdfjs-dist', '@napi-rs/canvas'],
  logLevel: 'warning',
};

// Bundled ESM still meets CommonJS dependencies that call require().
const requireBanner = { js: "import { createRequire as __sohoaCreateRequire } from 'node:module'; const require = __sohoaCreateRequire(import.meta.url);" };

await Promise.all([
  // The OCR process's script sits beside each bundle that starts it (electron/ocr-host/ocr-host.ts finds it there).
  build({ ...common, format: 'esm', entryPoints: { main: 'electron/main.ts', 'ocr-host': 'electron/ocr-host/ocr-host-main.ts' }, outdir: 'dist/electron', banner: requireBanner }),
  build({ ...common, format: 'cjs', entryPoints: { preload: 'electron/preload.ts' }, outdir: 'dist/electron', outExtension: { '.js': '.cjs' } }),
  build({
    ...common,
    format: 'esm',
    entryPoints: { web: 'electron/web/web-main.ts', cli: 'electron/cli.ts', 'ocr-host': 'electron/ocr-host/ocr-host-main.ts' },
    outdir: 'dist/node',
    banner: requireBanner,
  }),
  // electron-builder's afterPack hook, run by `npm run dist` from here (not shipped)
  build({ ...common, format: 'esm', entryPoints: { 'after-pack': 'scripts/after-pack.ts' }, outdir: 'dist/packaging' }),
]);
