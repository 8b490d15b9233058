import { describe, expect, it } from 'vitest';
import { MAX_OPERATION_NAMES, OperationNames } from './operation-names';

describe('OperationNames', () => {
  it('keeps plain names, calls missing ones anonymous and odd ones invalid', () => {
    const names = new OperationNames();
    expect(names.label('SpacePages')).toBe('SpacePages');
    expect(names.label('_private_2')).toBe('_private_2');
    expect(names.label(null)).toBe('anonymous');
    expect(names.label('')).toBe('anonymous');
    expect(names.label('1stPage')).toBe('invalid');
    expect(names.label('a-b')).toBe('invalid');
    expect(names.label('x'.repeat(65))).toBe('invalid');
    expect(names.label('x'.repeat(64))).toBe('x'.repeat(64));
    expect(names.label('drop\nTable')).toBe('invalid');
  });

  it(`labels at most ${MAX_OPERATION_NAMES} distinct names, then 'other', and still knows the first ones`, () => {
    const names = new OperationNames();
    const labels = new Set(Array.from({ length: 300 }, (_, i) => names.label(`Hostile${i}`)));
    expect(labels.size).toBe(MAX_OPERATION_NAMES + 1);
    expect(labels.has('other')).toBe(true);
    expect(names.label('Hostile0')).toBe('Hostile0');
    expect(names.label('Hostile250')).toBe('other');
  });

  it('logs a well-formed name as given, without the cap', () => {
    expect(OperationNames.plain('Hostile999')).toBe('Hostile999');
    expect(OperationNames.plain('$bad')).toBe('invalid');
    expect(OperationNames.plain(undefined)).toBe('anonymous');
  });
});
