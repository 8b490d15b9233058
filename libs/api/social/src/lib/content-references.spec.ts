import { encodeId } from '@pnyx/shared/contracts';
import { describe, expect, it } from 'vitest';
import { MAX_REFERENCES, extractReferences, mayReference } from './content-references';

const P1 = '11111111-1111-4111-8111-111111111111';
const P2 = '22222222-2222-4222-8222-222222222222';

describe('extractReferences', () => {
  it('finds proposals linked by path, by full URL and bare, once each', () => {
    const md = `See [the vote](/decisions/${encodeId('Proposal', P1)}), https://pnyx.bank.example/decisions/${encodeId('Proposal', P2)} and again /decisions/${encodeId('Proposal', P1)}.`;
    expect(extractReferences(md)).toEqual([
      { type: 'Proposal', id: P1 },
      { type: 'Proposal', id: P2 },
    ]);
  });

  it('ignores ids of another type, garbage and other paths', () => {
    const md = `[x](/decisions/${encodeId('Page', P1)}) [y](/decisions/not-an-id-at-all) [z](/s/ENG/${encodeId('Proposal', P1)})`;
    expect(extractReferences(md)).toEqual([]);
  });

  it('keeps at most MAX_REFERENCES', () => {
    const ids = Array.from({ length: MAX_REFERENCES + 20 }, (_, i) => `${String(i).padStart(8, '0')}-1111-4111-8111-111111111111`);
    expect(extractReferences(ids.map((id) => `/decisions/${encodeId('Proposal', id)}`).join(' '))).toHaveLength(MAX_REFERENCES);
  });

  it('tells cheaply whether a text could hold a reference', () => {
    expect(mayReference('plain text')).toBe(false);
    expect(mayReference('see /decisions/abc')).toBe(true);
  });
});
