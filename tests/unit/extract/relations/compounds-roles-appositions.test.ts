// Names that run into a hyphen compound ("Hong Kong-based", "Deutsche Bank-Chef"), roles of the arts
// and of cricket, diplomats' negotiators, and a nationality adjective that belongs to the next person
// of a list: each with a sentence that must give the result and one that must not.

import { extractInline } from '../../../helpers/extracted.js';

describe('a name whose last word opens a hyphen compound', () => {
  test('"Kuala Lumpur-based" and "Hong Kong-based" name the whole city', () => {
    const x = extractInline('The Kuala Lumpur-based lender said profit rose. Hong Kong-based bankers were cautious.', 'en');
    expect(x.mentions.get('Kuala Lumpur')).toEqual(['Kuala Lumpur']);
    expect(x.mentions.get('Hong Kong')).toEqual(['Hong Kong']);
    expect(x.mentions.has('Lumpur')).toBe(false);
    expect(x.mentions.has('Kong')).toBe(false);
  });

  test('"Deutsche Bank-Chef X" names the bank and its chief', () => {
    const x = extractInline('Der Deutsche Bank-Chef Christian Sewing sagte, die Zinsen würden sinken.', 'de');
    expect(x.mentions.get('Deutsche Bank')).toEqual(['Deutsche Bank']);
    expect(x.relations).toContain('LEADER_OF Christian Sewing -> Deutsche Bank');
    expect(x.mentions.has('Germany')).toBe(false);
  });

  test('a compound of three or more parts is a name of its own', () => {
    const x = extractInline("Germany's Florian Lipowitz of Red Bull-Bora-Hansgrohe finished third on his debut.", 'en');
    expect([...x.mentions.keys()].filter((n) => n.startsWith('Red Bull'))).not.toContain('Red Bull Racing');
  });
});

describe('roles of the arts and of cricket', () => {
  test('singers and conductors are introduced by their voice or post, with their nationality', () => {
    const x = extractInline('Der italienische Tenor Luca Ferraresi sang die Titelpartie, am Pult stand der lettische Dirigent Andris Kalnins.', 'de');
    expect(x.relations).toContain('CITIZEN_OF Luca Ferraresi -> Italy');
    expect(x.relations).toContain('CITIZEN_OF Andris Kalnins -> Latvia');
  });

  test('a US baritone is a person and a US citizen', () => {
    const x = extractInline('Als Marquis von Posa überzeugte der US-Bariton Marcus Whitfield.', 'de');
    expect(x.mentions.get('Marcus Whitfield')).toEqual(['Marcus Whitfield']);
    expect(x.relations).toContain('CITIZEN_OF Marcus Whitfield -> United States');
  });

  test('a cricket position introduces a player', () => {
    const x = extractInline('The visitors were wobbling before wicketkeeper Nikhil Varma put on a stand of 149.', 'en');
    expect(x.mentions.get('Nikhil Varma')).toEqual(['Nikhil Varma']);
  });

  test('a chief negotiator is a diplomat', () => {
    const x = extractInline('Norwegian chief negotiator Harald Nilsen chaired the session.', 'en');
    expect(x.relations).toContain('CITIZEN_OF Harald Nilsen -> Norway');
  });

  test('"Film" inside a company name is no role word', () => {
    const x = extractInline('Der Film wurde von der Berliner Firma Nordlicht Film produziert.', 'de');
    expect(x.mentions.get('Nordlicht Film')).toEqual(['Nordlicht Film']);
  });
});

describe('a nationality adjective in a list of people', () => {
  test('the adjective before the next person is not the previous person\'s', () => {
    const x = extractInline('He is joined by French producer Claire Moreau, Indian actress Priya Nair and Thai director Anucha Sombat.', 'en');
    expect(x.relations).not.toContain('CITIZEN_OF Claire Moreau -> India');
    expect(x.relations).toContain('CITIZEN_OF Priya Nair -> India');
    expect(x.relations).toContain('CITIZEN_OF Anucha Sombat -> Thailand');
  });

  test('an apposition after the person still gives the nationality', () => {
    const x = extractInline('The panel was led by Axel Lindqvist, a Swedish economist who has advised the government.', 'en');
    expect(x.relations).toContain('CITIZEN_OF Axel Lindqvist -> Sweden');
  });
});

describe('blocs of states', () => {
  test('the G77 and AOSIS are organisations with their full names', () => {
    const x = extractInline('Lucia Fernandez speaks for the Group of 77 and China (G77). Palau chairs the Alliance of Small Island States (AOSIS).', 'en');
    expect(x.mentions.get('G77')).toEqual(expect.arrayContaining(['G77']));
    expect(x.mentions.get('AOSIS')).toEqual(expect.arrayContaining(['AOSIS', 'Alliance of Small Island States']));
    expect(x.mentions.has('Small Island')).toBe(false);
  });
});

describe('companies described by an apposition', () => {
  test('"X, the Kuala Lumpur-based lender," is a company seated there', () => {
    const x = extractInline('Maybank, the Kuala Lumpur-based lender, said profit rose. Nakamura Shoji, a Tokyo-based company, acquired the rights.', 'en');
    expect(x.relations).toContain('LOCATED_IN Maybank -> Kuala Lumpur');
    expect(x.relations).toContain('LOCATED_IN Nakamura Shoji -> Tokyo');
  });

  test('a German apposition with a descriptor names a company', () => {
    const x = extractInline('Voltaro, ein schwedischer Batteriehersteller, baut eine Fabrik in Heide.', 'de');
    expect(x.mentions.get('Voltaro')).toEqual(['Voltaro']);
  });

  test('a person described by a descriptor noun stays a person, and an earlier company is not meant', () => {
    const x = extractInline('Siemens opened a plant in Texas. John Smith, a Houston-based developer, said he was pleased.', 'en');
    expect(x.mentions.get('John Smith')).toContain('John Smith');
    expect(x.relations).not.toContain('LOCATED_IN Siemens -> Houston');
  });

  test('two unknown acronyms in a row are one company', () => {
    const x = extractInline('The film was produced by CJ ENM, the Seoul-based entertainment giant.', 'en');
    expect(x.mentions.get('CJ ENM')).toEqual(['CJ ENM']);
    expect(x.relations).toContain('LOCATED_IN CJ ENM -> Seoul');
  });
});

describe('a minister and the ministry of the same field', () => {
  test('"Finance Minister X ... the Finance Ministry" leads it', () => {
    const x = extractInline('Finance Minister Suresh Prabhakar welcomed the cut in a statement issued by the Finance Ministry in New Delhi.', 'en');
    expect(x.relations).toContain('LEADER_OF Suresh Prabhakar -> Finance Ministry');
  });

  test('with two ministers of the field, the one named before the ministry', () => {
    const x = extractInline("Germany's Environment Minister Carsten Schneider, whose Federal Environment Ministry co-hosts the session, opened the talks alongside Turkish Deputy Environment Minister Fatma Varank.", 'en');
    expect(x.relations).toContain('LEADER_OF Carsten Schneider -> Federal Environment Ministry');
    expect(x.relations).not.toContain('LEADER_OF Fatma Varank -> Federal Environment Ministry');
  });

  test('a ministry of another field is not led by the minister', () => {
    const x = extractInline('Finance Minister Suresh Prabhakar said the Health Ministry would publish the figures.', 'en');
    expect(x.relations.filter((r) => r.startsWith('LEADER_OF Suresh Prabhakar'))).toEqual([]);
  });
});

describe('winners named in an apposition', () => {
  test('"X, the winner of the Golden Bear" and "the winner of the Booker Prize, X,"', () => {
    const x = extractInline('The jury is headed by Reza Kamali, the winner of the Golden Bear in 2019. The winner of the Booker Prize, Sarah Hall, read from her novel.', 'en');
    expect(x.relations).toContain('WON Reza Kamali -> Golden Bear');
    expect(x.relations).toContain('WON Sarah Hall -> Booker Prize');
    expect(x.mentions.get('Sarah Hall')).toEqual(['Sarah Hall']);
  });

  test('German: "Die Siegerin des Deutschen Buchpreises, X,"', () => {
    const x = extractInline('Die Siegerin des Deutschen Buchpreises, Anna Beispiel, las aus ihrem Roman.', 'de');
    expect(x.relations).toContain('WON Anna Beispiel -> German Book Prize');
  });

  test('a winner of something that is no prize or event wins nothing', () => {
    const x = extractInline('Reza Kamali, the winner of the Iranian vote, spoke to reporters.', 'en');
    expect(x.relations.filter((r) => r.startsWith('WON'))).toEqual([]);
  });
});

describe('one company under its short and its long name', () => {
  test('a company found by its descriptor is also the first part of a compound', () => {
    const x = extractInline('Der Konzern übernimmt den Spezialchemie-Hersteller Weidenbach. Weidenbach-Vorstandschef Michael Ostermann warb für den Verkauf.', 'de');
    expect(x.relations).toContain('LEADER_OF Michael Ostermann -> Weidenbach');
  });

  test('"Hoshida-Konzern" and "Hoshida" are the Hoshida Chemical the text names', () => {
    const x = extractInline('Japanischer Hoshida-Konzern kauft Weidenbach. Der japanische Chemiekonzern Hoshida Chemical übernimmt den Hersteller Weidenbach.', 'de');
    expect(x.mentions.has('Hoshida')).toBe(false);
    expect(x.mentions.get('Hoshida Chemical')).toEqual(['Hoshida', 'Hoshida Chemical']);
  });

  test('a short name shared by two longer names stays apart', () => {
    const x = extractInline('Der Zulieferer Hallberg Antriebstechnik wächst, ebenso der Zulieferer Hallberg Kunststofftechnik. Beraten wurde Hallberg-Gruppe von Banken.', 'de');
    expect(x.mentions.get('Hallberg Antriebstechnik')).toEqual(['Hallberg Antriebstechnik']);
    expect(x.mentions.get('Hallberg Kunststofftechnik')).toEqual(['Hallberg Kunststofftechnik']);
  });

  test('an adjective after "des" starts no name after a role', () => {
    const x = extractInline('Kalnins, Chefdirigent des Lettischen Nationalen Symphonieorchesters in der Hauptstadt Riga, setzte auf schroffe Kontraste.', 'de');
    expect(x.mentions.has('Nationalen')).toBe(false);
  });
});

describe('elections named with their place', () => {
  test('"die Landtagswahl in Sachsen-Anhalt" is an event held there, won ahead of a rival', () => {
    const x = extractInline('Die CDU hat die Landtagswahl in Sachsen-Anhalt knapp vor der AfD gewonnen.', 'de');
    expect(x.mentions.get('Saxony-Anhalt state election')).toEqual(['Landtagswahl']);
    expect(x.relations).toContain('HELD_IN Saxony-Anhalt state election -> Saxony-Anhalt');
    expect(x.relations).toContain('WON CDU -> Saxony-Anhalt state election');
    expect(x.relations).not.toContain('WON AfD -> Saxony-Anhalt state election');
  });

  test('the winner after the verb, and English elections', () => {
    const de = extractInline('Die Präsidentschaftswahl in Polen gewann Karol Nawrocki.', 'de');
    expect(de.relations).toContain('WON Karol Nawrocki -> Poland presidential election');
    const en = extractInline('Voters went to the polls in the presidential election in Chile on Sunday.', 'en');
    expect(en.relations).toContain('HELD_IN Chile presidential election -> Chile');
  });

  test('an election without a place, or a choice, is no event', () => {
    const x = extractInline('Die Wahl sei frei gewesen. Die Auswahl in Berlin war groß.', 'de');
    expect([...x.mentions.keys()].filter((n) => n.endsWith('election'))).toEqual([]);
  });
});

describe('cantons, regional offices and plural nationality nouns', () => {
  test('Swiss cantons named apart from a town are regions; "Kanton Zürich" is the canton', () => {
    const x = extractInline('Auch im Tessin überwog das Nein, im bevölkerungsreichsten Kanton Zürich waren es 57 Prozent. Die Waadt und Basel-Stadt stimmten zu.', 'de');
    for (const name of ['Ticino', 'Canton of Zurich', 'Vaud', 'Basel-Stadt']) expect(x.mentions.has(name)).toBe(true);
    expect(x.mentions.has('Zurich')).toBe(false);
  });

  test('a regional head of a union works for it and does not lead it', () => {
    const x = extractInline('Rückendeckung erhielt sie von der Gewerkschaft IG BCE, deren Landesbezirksleiter Jörg Reinhold Gespräche ankündigte.', 'de');
    expect(x.relations).toContain('WORKS_FOR Jörg Reinhold -> IG BCE');
    expect(x.relations).not.toContain('LEADER_OF Jörg Reinhold -> IG BCE');
  });

  test('"die Zusagen der Japaner" is the Japanese (plural), not the person named before', () => {
    const x = extractInline('Landesbezirksleiter Jörg Reinhold kündigte Gespräche an. Der Ministerpräsident begrüßte die Zusagen der Japaner.', 'de');
    expect(x.relations).not.toContain('CITIZEN_OF Jörg Reinhold -> Japan');
    const y = extractInline('Kenji Matsuura sprach von einem guten Tag. „Wir bleiben“, sagte der Japaner.', 'de');
    expect(y.relations).toContain('CITIZEN_OF Kenji Matsuura -> Japan');
  });
});

describe("a country's envoys", () => {
  test('a possessive country before an envoy, or after the name, is the state the envoy works for', () => {
    const x = extractInline("Britain's chief negotiator, Oliver Pendleton, backed her. Marina Ngirmang, Palau's ambassador to the United Nations, said the deal was weak.", 'en');
    expect(x.relations).toContain('WORKS_FOR Oliver Pendleton -> United Kingdom');
    expect(x.relations).toContain('WORKS_FOR Marina Ngirmang -> Palau');
  });

  test('a nationality adjective before "diplomat" says only the nationality', () => {
    const x = extractInline('Marek Hudak, a Slovak diplomat who led the observer mission, said the vote was fair.', 'en');
    expect(x.relations).toContain('CITIZEN_OF Marek Hudak -> Slovakia');
    expect(x.relations).not.toContain('WORKS_FOR Marek Hudak -> Slovakia');
  });
});

describe('numbered climate conferences', () => {
  test('COP30 and COP31 are events of their own, each held where the text says', () => {
    const x = extractInline('Five months before the COP31 summit in Antalya, the deal struck at COP30 in Belem, Brazil, was criticised.', 'en');
    expect(x.relations).toContain('HELD_IN COP31 -> Antalya');
    expect(x.relations).toContain('HELD_IN COP30 -> Belém');
    expect(x.relations).not.toContain('HELD_IN COP31 -> Belém');
  });
});

describe('heads named by the kind of event', () => {
  test('"Festival director X" leads the festival of the text', () => {
    const x = extractInline('The 31st Busan International Film Festival opened on Wednesday. Festival director Jung Hye-won said ticket sales had hit a record.', 'en');
    expect(x.relations).toContain('LEADER_OF Jung Hye-won -> Busan International Film Festival');
  });

  test('"Festspielpräsidentin X" leads the Festspiele', () => {
    const x = extractInline('Mit Ovationen hat das Publikum der Salzburger Festspiele die Premiere gefeiert. Festspielpräsidentin Kristina Hammer dankte den Sponsoren.', 'de');
    expect(x.relations).toContain('LEADER_OF Kristina Hammer -> Salzburg Festival');
  });

  test('a festival named once in passing is not the one the text is about', () => {
    const x = extractInline('Die Berlinale zeigte 200 Filme. Die Berlinale endet am Sonntag. Park hatte 2019 beim Filmfestival in Cannes einen Preis gewonnen. Festivalleiterin Sabine Hartwig zog eine positive Bilanz.', 'de');
    expect(x.relations).not.toContain('LEADER_OF Sabine Hartwig -> Cannes Film Festival');
  });
});

describe('precision: surnames, kinds of bodies, role prefixes, presidents', () => {
  test('a name of a place or body right after a first name is a surname', () => {
    const x = extractInline('Das Publikum feierte Giuseppe Verdis „Don Carlo“. Die Gewerkschaft Verdi rief zum Streik auf.', 'de');
    expect(x.mentions.get('Giuseppe Verdi')).toEqual(['Giuseppe Verdis']);
    expect(x.mentions.get('ver.di')).toEqual(['Verdi']);
    const y = extractInline('George Washington crossed the Delaware. The Kremlin said nothing.', 'en');
    expect(y.mentions.has('Washington')).toBe(false);
    expect(y.mentions.has('Kremlin')).toBe(true);
  });

  test('"KMU" and "NGO" are kinds of bodies; "the Bonn-based NGO Germanwatch" names one', () => {
    const x = extractInline('Die Regeln sollen KMU-tauglich sein. The Bonn-based NGO Germanwatch said the talks risked failure.', 'en');
    expect(x.mentions.has('KMU')).toBe(false);
    expect(x.mentions.has('NGO')).toBe(false);
    expect(x.relations).toContain('LOCATED_IN Germanwatch -> Bonn');
  });

  test('"SP-Co-Präsidentin X" leads the SP, not an "SP Co"', () => {
    const x = extractInline('SP-Co-Präsidentin Sarah Bühlmann lobte dagegen den Lohnschutz.', 'de');
    expect(x.relations).toContain('LEADER_OF Sarah Bühlmann -> SP');
    expect(x.mentions.has('SP Co')).toBe(false);
  });

  test('a bare "Präsident" in a Swiss, German or Austrian text heads no state', () => {
    const x = extractInline('BERN, 14. Juni (Keystone-SDA) - Die Schweiz hat das Paket angenommen. Der Verband sprach von einem guten Tag, sagte Präsident Christian Hauri.', 'de');
    expect(x.relations).not.toContain('LEADER_OF Christian Hauri -> Switzerland');
    const y = extractInline('PARIS, 14. Juni (AFP) - Frankreich hat das Paket angenommen. Es sei ein guter Tag, sagte Präsident Emmanuel Macron.', 'de');
    expect(y.relations).toContain('LEADER_OF Emmanuel Macron -> France');
  });
});
