import { describe, expect, it } from 'vitest';
import { pageUniqueId } from '../../src/knowledge/page-ids';

describe('page-unique ids', () => {
  it('gives the plain id to the first link and numbered ids to later links to the same entry', () => {
    const page = {};
    expect(pageUniqueId(page, 'preview-elementen-a')).toBe('preview-elementen-a');
    expect(pageUniqueId(page, 'preview-elementen-b')).toBe('preview-elementen-b');
    expect(pageUniqueId(page, 'preview-elementen-a')).toBe('preview-elementen-a-2');
    expect(pageUniqueId(page, 'preview-elementen-a')).toBe('preview-elementen-a-3');
  });

  it('starts again on every page, so the same page always gets the same ids', () => {
    const first = {};
    const second = {};
    expect(pageUniqueId(first, 'preview-x')).toBe('preview-x');
    expect(pageUniqueId(second, 'preview-x')).toBe('preview-x');
  });
});
