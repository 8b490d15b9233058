import { describe, expect, it, vi } from 'vitest';
import { filterMap, PushIterator } from './push-iterator';

describe('PushIterator', () => {
  it('hands out pushed values in order, buffered or awaited', async () => {
    const it = new PushIterator<number>();
    it.push(1);
    it.push(2);
    expect(await it.next()).toEqual({ done: false, value: 1 });
    expect(await it.next()).toEqual({ done: false, value: 2 });
    const pending = it.next();
    it.push(3);
    expect(await pending).toEqual({ done: false, value: 3 });
  });

  it('ends a pending next() on return(), calls onClose once, and ignores later pushes', async () => {
    const onClose = vi.fn();
    const it = new PushIterator<number>(onClose);
    const pending = it.next();
    await it.return();
    await it.return();
    expect(await pending).toEqual({ done: true, value: undefined });
    it.push(1);
    expect(await it.next()).toEqual({ done: true, value: undefined });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('drops the oldest values beyond its limit and counts them', async () => {
    const it = new PushIterator<number>(undefined, 2);
    for (const n of [1, 2, 3, 4]) it.push(n);
    expect(it.dropped).toBe(2);
    expect([await it.next(), await it.next()].map((r) => r.value)).toEqual([3, 4]);
  });
});

describe('filterMap', () => {
  it('maps values and skips those mapped to undefined', async () => {
    const source = new PushIterator<number>();
    const evens = filterMap(source, async (n) => (n % 2 === 0 ? `#${n}` : undefined));
    for (const n of [1, 2, 3, 4]) source.push(n);
    expect(await evens.next()).toEqual({ done: false, value: '#2' });
    expect(await evens.next()).toEqual({ done: false, value: '#4' });
  });

  it('closes the source at once when closed while waiting (no value needs to arrive first)', async () => {
    const onClose = vi.fn();
    const source = new PushIterator<number>(onClose);
    const mapped = filterMap(source, (n) => n);
    const pending = mapped.next();
    await mapped.return?.();
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(await pending).toEqual({ done: true, value: undefined });
  });

  it('closes the source and rethrows when the mapping fails', async () => {
    const onClose = vi.fn();
    const source = new PushIterator<number>(onClose);
    const mapped = filterMap(source, () => Promise.reject(new Error('boom')));
    source.push(1);
    await expect(mapped.next()).rejects.toThrow('boom');
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
