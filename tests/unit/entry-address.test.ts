import { describe, expect, it } from 'vitest';
import { ENTRY_ID, entryKey, isEntryId, splitEntryKey } from '../../src/shared/entry-address';
import { ENTRY_KEY, SESSION_COLLECTIONS, collectionOf } from '../../src/shared/session-entries';
import { COLLECTIONS } from '../../src/shared/kinds';
import { parseEntryAddress } from '../../src/knowledge/links';

describe('the one entry-address rule', () => {
  it('accepts every id a content file can have and nothing with a stray hyphen or capital', () => {
    for (const id of ['a', 'iwf-model', 'richtlijn-gezinnen-meervoudige-complexe-problemen-2020'])
      expect(isEntryId(id)).toBe(true);
    for (const id of ['', '-a', 'a-', 'a--b', 'Iwf', 'a/b', 'a b', 'x'.repeat(121)])
      expect(isEntryId(id)).toBe(false);
    expect(ENTRY_ID.test('gewenste-houding')).toBe(true);
  });

  it('writes and splits "collection/id" keys the same way', () => {
    const key = entryKey('dilemmas', 'flexibel-versus-grenzen');
    expect(key).toBe('dilemmas/flexibel-versus-grenzen');
    expect(splitEntryKey(key)).toEqual({ collection: 'dilemmas', id: 'flexibel-versus-grenzen' });
    expect(collectionOf(key)).toBe('dilemmas');
  });

  it('lets a session hold every collection except the source documents and intervision methods', () => {
    expect(SESSION_COLLECTIONS).toEqual(
      COLLECTIONS.filter((c) => c !== 'bronnen' && c !== 'intervisiemethoden'),
    );
    expect(ENTRY_KEY.test('dilemmas/flexibel-versus-grenzen')).toBe(true);
    expect(ENTRY_KEY.test('bronnen/richtlijn')).toBe(false);
    expect(ENTRY_KEY.test(`dilemmas/${'x'.repeat(121)}`)).toBe(false);
  });

  it('reads a route address like a body link, with the same did-you-mean message for a typo', () => {
    expect(parseEntryAddress('/werkkaarten/gewenste-houding/#dilemmas-kop', COLLECTIONS)).toEqual({
      address: { collection: 'werkkaarten', id: 'gewenste-houding', section: 'dilemmas-kop' },
    });
    expect(parseEntryAddress('/begrippen/iwf-model', COLLECTIONS)).toEqual({
      address: { collection: 'begrippen', id: 'iwf-model' },
    });
    const typo = parseEntryAddress('/begripen/iwf-model/', COLLECTIONS);
    expect('message' in typo && typo.message).toContain('Did you mean "/begrippen/"?');
    const capital = parseEntryAddress('/Begrippen/iwf-model/', COLLECTIONS);
    expect('message' in capital && capital.message).toContain('lowercase');
    expect(parseEntryAddress('https://example.org/', COLLECTIONS)).toEqual({ message: undefined });
  });
});
