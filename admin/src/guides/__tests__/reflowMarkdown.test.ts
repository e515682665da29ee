import { reflowMarkdown } from '../reflowMarkdown';

describe('reflowMarkdown', () => {
  it('joins the wrapped lines of paragraphs and list items, keeping blocks apart', () => {
    const text = [
      '# Title',
      'First line of a paragraph',
      'and its end.',
      '',
      '- **Scopes**: the content types',
      '  the Zaps may see.',
      '- Second item',
      '1. Numbered',
      '   and wrapped.',
      '| a | b |',
      '| - | - |',
    ].join('\n');
    expect(reflowMarkdown(text)).toBe(
      [
        '# Title',
        'First line of a paragraph and its end.',
        '',
        '- **Scopes**: the content types the Zaps may see.',
        '- Second item',
        '1. Numbered and wrapped.',
        '| a | b |',
        '| - | - |',
      ].join('\n')
    );
  });

  it('leaves code blocks as they are', () => {
    const text = ['Run:', '```sh', 'npm install', '  --save x', '```', 'Done.'].join('\n');
    expect(reflowMarkdown(text)).toBe(text);
  });
});
