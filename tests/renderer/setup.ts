import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// A whole workspace (import, OCR answer, drafts, live queries) takes a few hundred ms to settle on a
// 2-core machine and longer while it is busy: waits time out on what is missing, not on a slow machine.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no object URLs; the page image only needs a string to put in <img src>.
if (typeof URL.createObjectURL !== 'function') {
  let next = 0;
  URL.createObjectURL = () => `blob:test/${next++}`;
  URL.revokeObjectURL = () => undefined;
}

// jsdom's Blob predates Blob.arrayBuffer(), which every browser SoHoa runs in has.
if (typeof Blob.prototype.arrayBuffer !== 'function') {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error ?? new Error('read failed'));
      reader.readAsArrayBuffer(this);
    });
  };
}
