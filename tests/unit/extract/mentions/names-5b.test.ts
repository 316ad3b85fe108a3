// Quality round 5b ("names"): international first names (persons without a role), coordinated persons,
// a known company with a legal form is that company, and a German noun after an acronym ends its name.
// Each with a sentence that must give the result and one that must not, with the real knowledge base.

import { firstNameGender, isFirstName } from '../../../../src/extract/model/first-names.js';
import { checkMentionCases, namedRows } from '../fixtures/kb-cases.js';


describe('international first names find persons without a role', () => {
  checkMentionCases([
    ['Brad Pitt und George Clooney kamen zur Premiere.', 'de', ['Person:Brad Pitt=Brad Pitt', 'Person:George Clooney=George Clooney'], []],
    ['Brad Pitt and George Clooney arrived at the premiere.', 'en', ['Person:Brad Pitt=Brad Pitt', 'Person:George Clooney=George Clooney'], []],
    ['In dem Film spielen Tilda Swinton und Julianne Moore die Hauptrollen.', 'de', ['Person:Tilda Swinton=Tilda Swinton', 'Person:Julianne Moore=Julianne Moore'], []],
    ['The company said Akio Toyoda and Koji Sato would attend.', 'en', ['Person:Akio Toyoda=Akio Toyoda', 'Person:Koji Sato=Koji Sato'], []],
    ['The club signed Alphonso Davies and Matthijs de Ligt on Monday.', 'en', ['Person:Alphonso Davies=Alphonso Davies', 'Person:Matthijs de Ligt=Matthijs de Ligt'], []],
    ['Der Verein holte Matthijs de Ligt und Alphonso Davies.', 'de', ['Person:Matthijs de Ligt=Matthijs de Ligt', 'Person:Alphonso Davies=Alphonso Davies'], []],
    // Negative: a name that is also a place or a word is left out; a particle inside a longer name run is no person.
    ['Fans gathered outside Orlando Magic headquarters on Monday.', 'en', [], ['Person:']],
    ['Brad Street was busy on Monday.', 'en', [], ['Person:']],
    ['Er kaufte Aktien der Banco Antonio de Lisboa im Mai.', 'de', [], ['Person:Antonio']],
  ]);
  test('the first-name data: new names, gender, names left out as words or places', () => {
    for (const n of ['julianne', 'tilda', 'akio', 'koji', 'alphonso', 'matthijs', 'brad', 'chioma', 'xiaoming', 'zeynep', 'joão', 'søren']) expect(isFirstName(n)).toBe(true);
    expect(firstNameGender('julianne')).toBe('f');
    expect(firstNameGender('akio')).toBe('m');
    expect(firstNameGender('yuki')).toBeUndefined();
    for (const n of ['kai', 'per', 'florence', 'victoria', 'morgan', 'orlando', 'rose', 'will', 'may', 'xi', 'kim']) expect(isFirstName(n)).toBe(false);
  });
});

describe('a known company with a legal form is that company', () => {
  test('"Siemens AG" and "Siemens" are one entity, "Siemens Energy AG" another', () => {
    const found = namedRows('Die Siemens AG meldete Gewinne. Siemens will wachsen, die Siemens Energy AG nicht.', 'de');
    expect(found).toContain('Organization:Siemens=Siemens AG');
    expect(found).toContain('Organization:Siemens=Siemens');
    expect(found).toContain('Organization:Siemens Energy=Siemens Energy AG');
  });
  test('"Toyota Motor Corp" is Toyota, "Toyota Tsusho Corp" is not', () => {
    const found = namedRows('Toyota Motor Corp reported profits. Toyota Tsusho Corp did not.', 'en');
    expect(found).toContain('Organization:Toyota=Toyota Motor Corp');
    expect(found.some((r) => r.startsWith('Organization:Toyota=Toyota Tsusho'))).toBe(false);
    expect(found.some((r) => r.includes('=Toyota Tsusho Corp'))).toBe(true);
  });
});

describe('a German noun after an acronym is not part of the name', () => {
  checkMentionCases([
    ['In Spanien kündigte die Gewerkschaft CCOO Proteste an.', 'de', ['Organization:CCOO=CCOO'], ['Proteste']],
    // Negative: an all-caps word after the acronym stays in the name.
    ['Die Gewerkschaft IG BAU fordert mehr Geld.', 'de', ['Organization:IG BAU=IG BAU'], []],
  ]);
});

describe('football clubs as knowledge-base data: the names of one club are one entity', () => {
  test('German and English names of a club are one entity, and the club is no place', () => {
    const found = namedRows('Der FC Bayern München schlug Inter Mailand. Bayern Munich and Inter Milan meet again; Paris Saint-Germain and PSG fans watched.', 'de');
    expect(found).toContain('Organization:FC Bayern Munich=FC Bayern München');
    expect(found).toContain('Organization:FC Bayern Munich=Bayern Munich');
    expect(found).toContain('Organization:Inter Milan=Inter Mailand');
    expect(found).toContain('Organization:Inter Milan=Inter Milan');
    expect(found).toContain('Organization:Paris Saint-Germain=Paris Saint-Germain');
    expect(found).toContain('Organization:Paris Saint-Germain=PSG');
    expect(found.some((r) => r.startsWith('City:Paris') || r.startsWith('City:Milan') || r.startsWith('Region:Bavaria'))).toBe(false);
  });
  test('negative: an unlisted club is still found by its form, and the city alone stays a city', () => {
    const found = namedRows('Der VfL Osnabrück gewann in Paris gegen Dinamo Minsk.', 'de');
    expect(found).toContain('Organization:VfL Osnabrück=VfL Osnabrück');
    expect(found).toContain('Organization:Dinamo Minsk=Dinamo Minsk');
    expect(found).toContain('City:Paris=Paris');
  });
});

describe('a bare surname after another known first name is another person', () => {
  checkMentionCases([
    ['Olga Novak, Leiter der Mission, reiste ab. „Gut so“, sagte Marta Novak, eine Beraterin.', 'de', ['Person:Olga Novak=Olga Novak', 'Person:Marta Novak=Marta Novak'], ['Person:Marta Novak=Novak']],
    ['"A good day," said Nadia Veselova. "A good deal," said Sofia Veselova, an adviser.', 'en', ['Person:Sofia Veselova=Sofia Veselova', 'Person:Nadia Veselova=Nadia Veselova'], ['Person:Nadia Veselova=Veselova']],
    // Negative: the surname alone still joins the one full name.
    ['Marta Novak arrived on Monday. Later Novak said the talks went well.', 'en', ['Person:Marta Novak=Marta Novak', 'Person:Marta Novak=Novak'], []],
  ]);
});
