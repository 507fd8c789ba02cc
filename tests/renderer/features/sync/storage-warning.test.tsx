import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StorageWarning } from '../../../../renderer/features/sync/storage-warning.tsx';

const original = Object.getOwnPropertyDescriptor(navigator, 'storage');
afterEach(() => {
  if (original) Object.defineProperty(navigator, 'storage', original);
  else Reflect.deleteProperty(navigator, 'storage');
});

function storageOf(usage: number, quota: number) {
  Object.defineProperty(navigator, 'storage', { configurable: true, value: { estimate: () => Promise.resolve({ usage, quota }) } });
}

describe('StorageWarning', () => {
  it('warns, as an alert, when the quota is nearly used up', async () => {
    storageOf(9.8e9, 10e9);
    render(<StorageWarning />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Sắp hết chỗ lưu trữ \(còn 191 MB\)/);
  });

  it('says nothing while there is room, or where the browser gives no estimate', async () => {
    storageOf(1e9, 100e9);
    const { unmount } = render(<StorageWarning />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('alert')).toBeNull();
    unmount();
    Reflect.deleteProperty(navigator, 'storage');
    render(<StorageWarning />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
