import { afterEach, describe, expect, it, vi } from 'vitest';
// Through the folder's index: importing it needs no DOM (this test runs in Node without one until it stubs document).
import { downloadBlob } from './index';

describe('downloadBlob', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('clicks a link to a blob of the bytes with the file name and type, and releases the blob afterwards', async () => {
    vi.useFakeTimers();
    const link = { href: '', download: '', click: vi.fn() };
    vi.stubGlobal('document', { createElement: vi.fn(() => link) });
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((value) => {
      blob = value as Blob;
      return 'blob:budget-lens/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});

    downloadBlob(new Uint8Array([0x50, 0x4b, 3, 4]), '预算透视-数据集.zip', 'application/zip');

    expect(link).toMatchObject({ href: 'blob:budget-lens/1', download: '预算透视-数据集.zip' });
    expect(link.click).toHaveBeenCalledOnce();
    expect(blob!.type).toBe('application/zip');
    expect([...new Uint8Array(await blob!.arrayBuffer())]).toEqual([0x50, 0x4b, 3, 4]);
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:budget-lens/1');
  });
});
