import { describe, expect, it } from 'vitest';
import { checkContentFiles } from '../../src/knowledge/files';

describe('the content folder check', () => {
  it('accepts well-named files', () => {
    expect(checkContentFiles('content/elementen', ['a.mdx', 'b-c.md'], ['mdx', 'md'])).toEqual([]);
  });

  it('reports two files that would get the same id, naming both', () => {
    const [problem] = checkContentFiles(
      'content/elementen',
      ['luisteren.md', 'luisteren.mdx'],
      ['mdx', 'md'],
    );
    expect(problem?.file).toBe('content/elementen/luisteren.mdx');
    expect(problem?.message).toContain('Duplicate id "luisteren"');
    expect(problem?.message).toContain('content/elementen/luisteren.md');
  });

  it('reports a file that Astro would silently skip', () => {
    const [problem] = checkContentFiles('content/citaten', ['quote.json'], ['yaml', 'yml']);
    expect(problem?.message).toContain('must end in .yaml or .yml');
  });

  it('asks for a file name that works as a page address and suggests one', () => {
    const [problem] = checkContentFiles('content/elementen', ['Één Gezin.mdx'], ['mdx', 'md']);
    expect(problem?.message).toContain('"een-gezin.mdx"');
  });

  it('skips hidden and underscore files', () => {
    expect(checkContentFiles('content/x', ['.DS_Store', '_draft.txt'], ['mdx'])).toEqual([]);
  });
});
