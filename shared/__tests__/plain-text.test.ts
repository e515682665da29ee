import { refusedCharacter, withoutRefusedCharacters } from '../plain-text';

describe('refusedCharacter', () => {
  it.each([
    ['CR LF, a mail header injection', 'ci\r\nBcc: x@y', 'U+000D'],
    ['a line feed', 'ci\nx', 'U+000A'],
    ['a tab', 'ci\tx', 'U+0009'],
    ['NUL', 'ci\u0000', 'U+0000'],
    ['ESC, a terminal escape', '\u001B[31mred', 'U+001B'],
    ['DEL', 'ci\u007F', 'U+007F'],
    ['NEL, a C1 line break', 'ci\u0085x', 'U+0085'],
    ['the last C1 control', 'ci\u009F', 'U+009F'],
    ['the line separator', 'ci\u2028x', 'U+2028'],
    ['the paragraph separator', 'ci\u2029x', 'U+2029'],
    ['a left-to-right embedding', '\u202Aci', 'U+202A'],
    ['a right-to-left override', 'ci\u202Etxt.exe', 'U+202E'],
    ['a left-to-right isolate', '\u2066ci', 'U+2066'],
    ['a pop directional isolate', 'ci\u2069', 'U+2069'],
  ])('refuses %s in a name', (_, text, character) => {
    expect(refusedCharacter(text, 'line')).toBe(character);
  });

  it('allows line feeds, and only them, in a description', () => {
    expect(refusedCharacter('first\nsecond\n', 'lines')).toBeNull();
    expect(refusedCharacter('first\r\nsecond', 'lines')).toBe('U+000D');
    expect(refusedCharacter('first\nsecond\tthird', 'lines')).toBe('U+0009');
    expect(refusedCharacter('first\n\u202Esecond', 'lines')).toBe('U+202E');
  });

  it.each([
    ['plain ASCII', 'CI pipeline #2 (prod)'],
    ['accents', 'Intégration façade'],
    ['right-to-left text, without explicit controls', 'تكامل Zapier'],
    ['the bidi marks LRM, RLM and ALM', 'a\u200Eb\u200Fc\u061Cd'],
    ['a no-break space', 'CI\u00A0pipeline'],
    ['an emoji', 'CI 🚀'],
    ['nothing', ''],
  ])('accepts %s', (_, text) => {
    expect(refusedCharacter(text, 'line')).toBeNull();
    expect(refusedCharacter(text, 'lines')).toBeNull();
  });
});

describe('withoutRefusedCharacters', () => {
  it('replaces each refused character with a space, and leaves the rest', () => {
    expect(withoutRefusedCharacters('ci\r\nBcc: x@y\u202E é')).toBe('ci  Bcc: x@y  é');
  });
});
