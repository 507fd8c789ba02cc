// A file the app made, saved where the user chooses: the browser's download, or Electron's save dialog
// (electron/security/window-guards.ts lets only such files through).

export function saveFile(fileName: string, bytes: Uint8Array, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // the download has read the blob long before; revoked at once, some browsers cancel it
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
