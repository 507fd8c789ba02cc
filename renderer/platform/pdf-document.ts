// The PDFs the app prints (acceptance records, reports) are laid out by pdfmake: tables that break across
// A4 pages with their header rows repeated, page numbers, and its Roboto, whose glyphs cover Vietnamese.
// Loaded only when a PDF is made: with its fonts it weighs about 2 MB.
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

export async function pdfBytes(definition: TDocumentDefinitions): Promise<Uint8Array> {
  const [{ default: pdfMake }, { default: vfs }] = await Promise.all([import('pdfmake/build/pdfmake.js'), import('pdfmake/build/vfs_fonts.js')]);
  pdfMake.addVirtualFileSystem(vfs);
  return new Uint8Array(await pdfMake.createPdf(definition).getBuffer());
}
