import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Page } from '../../../../shared/domain/entry.ts';
import { PageGrid } from '../../../../renderer/features/pages/page-grid.tsx';
import { freshDatabase, renderWith, scriptedBridge } from '../../support/render-app.tsx';

const pages: Page[] = Array.from({ length: 300 }, (_, i) => ({
  id: String(i).padStart(64, '0'), bookId: 'b', sequence: i + 1, fileName: `scan-${String(i + 1).padStart(4, '0')}.jpg`, byteLength: 1, width: 1, height: 1,
  importedAt: '2026-11-23T00:00:00Z', ocrState: i % 50 === 7 ? 'failed' : 'done', entryCount: 2, ocrConfidence: 90,
}));

function renderGrid() {
  const onOpen = vi.fn();
  // thumbnails are asked for and never answered: the cards are what is tested
  renderWith(<PageGrid pages={pages} selectedId={null} progress={new Map()} onOpen={onOpen} />, { db: freshDatabase(), bridge: scriptedBridge({ 'pages:getImage': () => new Promise(() => undefined) }).bridge });
  return { onOpen, user: userEvent.setup() };
}

const cards = () => within(screen.getByRole('list', { name: 'Các trang của sổ' })).getAllByRole('button');

describe('PageGrid', () => {
  it('renders only the cards in view of a long book, each saying where it stands in the whole', () => {
    renderGrid();
    expect(cards().length).toBeLessThan(30);
    expect(screen.getAllByRole('listitem')[0]?.getAttribute('aria-setsize')).toBe('300');
  });

  it('finds pages by state, number or file name without marks', async () => {
    const { user } = renderGrid();
    const search = screen.getByRole('searchbox', { name: /^Tìm trang/ });
    await user.type(search, 'loi');
    expect(screen.getByText('Tìm thấy 6 trang')).toBeTruthy();
    expect(cards().map((c) => c.textContent?.match(/Trang \d+/)?.[0])).toEqual(['Trang 8', 'Trang 58', 'Trang 108', 'Trang 158', 'Trang 208', 'Trang 258']);
    await user.clear(search);
    await user.type(search, 'scan-0123');
    expect(cards().map((c) => c.textContent?.match(/Trang \d+/)?.[0])).toEqual(['Trang 123']);
  });

  it('moves with the arrow keys and to the last page with End, bringing it into view, and opens it with Enter', async () => {
    const { onOpen, user } = renderGrid();
    cards()[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toContain('Trang 3');
    await user.keyboard('{End}');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Trang 300'));
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith(pages[299]);
  });
});
