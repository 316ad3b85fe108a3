import { detectLanguage } from '../../../src/ingest/language.js';

describe('detectLanguage', () => {
  test.each([
    ['German news', 'Der belarussische Präsident hält das Potenzial mit Kasachstan für enorm. Das sagte er in einem Interview mit der Agentur.', 'de'],
    ['English news', 'The Belarusian president said that the potential for cooperation with Kazakhstan is enormous, in an interview with the agency.', 'en'],
    ['German with English names', 'Die Shanghai Cooperation Organisation und der Präsident von Kasachstan sind sich einig, dass die Zusammenarbeit wächst.', 'de'],
    ['English with German names', 'The Bundestag in Berlin voted on the bill, and the chancellor said it was a good day for the country.', 'en'],
    ['Russian', 'Президент Беларуси Александр Лукашенко считает потенциал сотрудничества с Казахстаном огромным.', 'und'],
    ['French', 'Le président biélorusse estime que le potentiel de coopération avec le Kazakhstan est énorme.', 'und'],
    ['too short', 'Minsk', 'und'],
    ['numbers only', '2024 2025 12.5 %', 'und'],
  ])('%s -> %s', (_name, text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});
