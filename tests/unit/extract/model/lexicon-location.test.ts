// The word lists are found from the module's own location, whatever the working directory, and a
// list that is really missing is reported (and becomes a LEXICON_MISSING warning in the extraction).

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultSearchStarts, findDictionary, isProperName, loadLexicon } from '../../../../src/extract/model/lexicon.js';

const ROOT = path.resolve(__dirname, '../../../..');

describe('word-list location', () => {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-lex-'));
  afterAll(() => fs.rmSync(empty, { recursive: true, force: true }));

  test.each(['dictionary-de', 'dictionary-en'])('%s is found from the module directory', (pkg) => {
    const file = findDictionary(pkg, [path.join(ROOT, 'src/extract/model')]);
    expect(file).toBeDefined();
    expect(file!.endsWith(path.join(pkg, 'index.dic'))).toBe(true);
  });

  test('the first search start is the module itself, not the working directory', () => {
    expect(defaultSearchStarts()[0]).toBe(path.join(ROOT, 'src/extract/model'));
  });

  test('nothing is found from a directory without node_modules', () => {
    expect(findDictionary('dictionary-de', [empty])).toBeUndefined();
    const lex = loadLexicon([empty]);
    expect(lex.missing).toEqual(['dictionary-de', 'dictionary-en']);
    expect(lex.deNouns.size).toBe(0);
  });

  test('a run from another working directory still loads both lists', () => {
    const script = path.join(empty, 'probe.mts');
    fs.writeFileSync(script, `import { lexiconMissing, getLexicon } from ${JSON.stringify(path.join(ROOT, 'src/extract/model/lexicon.ts'))};\nconsole.log(JSON.stringify([lexiconMissing(), getLexicon().deNouns.size > 1000]));\n`);
    const out = execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), [script], { cwd: empty, encoding: 'utf8' });
    expect(JSON.parse(out.trim())).toEqual([[], true]);
  });
});

describe('proper names by both word lists', () => {
  test.each([
    ['Cannes', true], ['Berlin', true], ['Angst', false], ['Abscheu', false], ['Sorge', false], ['Haus', false],
  ] as Array<[string, boolean]>)('isProperName(%s) = %s', (word, expected) => expect(isProperName(word)).toBe(expected));
});

describe('missing lists become a warning', () => {
  test('extract() reports LEXICON_MISSING when a list is missing, and not otherwise', () => {
    const codes = (missing: string[]): string[] => {
      let result: string[] = [];
      jest.isolateModules(() => {
        jest.doMock('../../../../src/extract/model/lexicon.js', () => ({
          ...jest.requireActual('../../../../src/extract/model/lexicon.js'),
          lexiconMissing: () => missing,
        }));
        const { extract } = require('../../../../src/extract/extract.js') as typeof import('../../../../src/extract/extract.js');
        result = extract({ id: 'w', source: 'test', lang: 'de', text: 'Belarus und Kasachstan sind Partner.' }).warnings.map((w) => w.code);
      });
      jest.dontMock('../../../../src/extract/model/lexicon.js');
      return result;
    };
    expect(codes(['dictionary-de'])).toContain('LEXICON_MISSING');
    expect(codes([])).not.toContain('LEXICON_MISSING');
  });
});
