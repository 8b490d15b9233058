import { describe, expect, it } from 'vitest';
import { decodeId, encodeId } from './global-id';

describe('global ids', () => {
  const uuid = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

  it('round-trips type and uuid', () => {
    expect(decodeId(encodeId('Space', uuid))).toEqual({ type: 'Space', id: uuid });
  });

  it('gives different ids to different types with the same uuid', () => {
    expect(encodeId('Space', uuid)).not.toBe(encodeId('User', uuid));
  });

  it.each([
    ['empty', ''],
    ['not base64', '%%%'],
    ['no type', encodeId('', uuid)],
    ['not a uuid', encodeId('Space', '1; drop table spaces')],
    ['lowercase type', encodeId('space', uuid)],
    ['plain uuid', uuid],
  ])('rejects %s', (_name, value) => {
    expect(decodeId(value)).toBeNull();
  });
});
