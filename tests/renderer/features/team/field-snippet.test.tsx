// The part of the page a field was read from, enlarged so its line is readable; the whole page without a box.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../../shared/domain/entry.ts';
import type { PageExtraction } from '../../../../shared/ocr/ocr-types.ts';
import { FieldSnippet } from '../../../../renderer/features/team/field-snippet.tsx';
import { freshDatabase, renderWith, scriptedBridge } from '../../support/render-app.tsx';

const page = 'f'.repeat(64);
const image = { 'pages:getImage': () => ({ ok: true as const, value: { mimeType: 'image/jpeg', bytes: new Uint8Array([1]) } }) };
const entry = (box?: Entry['fields'][string]['box']): Entry => ({
  id: 'e', bookId: 'b', pageId: page, kind: 'birth', entryNo: '1', status: 'draft', revision: 1, updatedAt: 'x', updatedBy: 'y', warnings: [],
  fields: { 'child.fullName': { value: 'Lê Văn An', raw: 'Lê Văn An', source: 'corrected', ...(box ? { box } : {}) } },
});

describe('FieldSnippet', () => {
  it('shows the box with some of its line around it, the line 56 px tall, at most 760 px wide', async () => {
    const db = freshDatabase();
    await db.extractions.put({ page, extraction: { width: 2000, height: 3000 } as PageExtraction, draftIds: [], keptPersonEntries: false, storedAt: 'x' });
    renderWith(<FieldSnippet entry={entry({ x: 400, y: 1000, width: 300, height: 40 })} field="child.fullName" label="Ảnh Họ và tên" />, { db, bridge: scriptedBridge(image).bridge });
    await waitFor(() => expect(screen.getByRole('img', { name: 'Ảnh Họ và tên' }).querySelector('img')).not.toBeNull());
    // 80 px of the line either side of the box, 24 above and below: 460 × 88 px of the page, at 1.4 (56 / 40)
    const snippet = screen.getByRole('img', { name: 'Ảnh Họ và tên' });
    expect(parseFloat(snippet.style.width)).toBeCloseTo(460 * 1.4, 5);
    expect(parseFloat(snippet.style.height)).toBeCloseTo(88 * 1.4, 5);
    const img = snippet.querySelector('img')!;
    expect(parseFloat(img.style.left)).toBeCloseTo(-320 * 1.4, 5);
    expect(parseFloat(img.style.top)).toBeCloseTo(-976 * 1.4, 5);
    expect(parseFloat(img.style.width)).toBeCloseTo(2000 * 1.4, 5);
  });

  it('shows the whole page for a field OCR never placed', async () => {
    const db = freshDatabase();
    renderWith(<FieldSnippet entry={entry()} field="child.fullName" label="Ảnh Họ và tên" />, { db, bridge: scriptedBridge(image).bridge });
    await waitFor(() => expect(screen.getByRole('img', { name: 'Ảnh Họ và tên' }).className).toContain('whole-page'));
  });
});
