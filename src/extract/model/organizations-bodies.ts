// Knowledge base, continued: German parties and associations, trade unions, employers' bodies,
// movements and German federal authorities and courts. Names and acronyms only, never facts; the
// same record shape as ./organizations.ts (which includes this list in ORGANIZATIONS).

import type { KbEntry } from './kb-types.js';
import { orgEntry as org } from './org-entry.js';

export const UNIONS_AND_AUTHORITIES: readonly KbEntry[] = [
  org('Free Voters', 'Freie Wähler|Freien Wähler', ''),
  org('German Association of Cities', 'Deutscher Städtetag|Deutschen Städtetag', ''),
  // ---- Trade unions, employers' bodies, movements (dpa writes "Verdi": a case-sensitive form) ----
  org('DGB', 'Deutscher Gewerkschaftsbund|Deutschen Gewerkschaftsbund|German Trade Union Confederation', 'DGB'),
  org('IG Metall', 'Industriegewerkschaft Metall', '', 'Die IG Metall rief zu Warnstreiks auf.'),
  org('ver.di', 'Vereinte Dienstleistungsgewerkschaft|United Services Union', 'Verdi'),
  org('IG BCE', 'Industriegewerkschaft Bergbau, Chemie, Energie', ''),
  org('EVG', 'Eisenbahn- und Verkehrsgewerkschaft|Railway and Transport Union', 'EVG'),
  org('GDL', 'Gewerkschaft Deutscher Lokomotivführer', 'GDL'),
  org('GEW', 'Gewerkschaft Erziehung und Wissenschaft', 'GEW'),
  org('ITUC', 'International Trade Union Confederation|Internationaler Gewerkschaftsbund', 'ITUC|IGB'),
  org('AFL-CIO', 'American Federation of Labor and Congress of Industrial Organizations', 'AFL-CIO'),
  org('United Auto Workers', 'United Automobile Workers', 'UAW'),
  org('COSATU', 'Congress of South African Trade Unions', 'COSATU|Cosatu'),
  org('Gesamtmetall', 'Arbeitgeberverband Gesamtmetall', ''),
  org('BDI', 'Bundesverband der Deutschen Industrie|Federation of German Industries', 'BDI'),
  org('Fridays for Future', '', 'FFF'),
  org('Greenpeace', '', ''),
  org('Extinction Rebellion', '', ''),
  // ---- Economic research institutes ----
  org('Ifo Institute', 'Ifo-Institut|ifo Institut|Ifo Institut|ifo-Institut|Ifo Institute for Economic Research', 'ifo'),
  org('DIW', 'Deutsches Institut für Wirtschaftsforschung|German Institute for Economic Research|DIW Berlin', 'DIW'),
  org('Kiel Institute for the World Economy', 'Institut für Weltwirtschaft|IfW Kiel|Kiel Institute', 'IfW'),
  org('ZEW', 'Leibniz-Zentrum für Europäische Wirtschaftsforschung|ZEW Mannheim', 'ZEW'),
  org('German Economic Institute', 'Institut der deutschen Wirtschaft|IW Köln', ''),
  // ---- German federal authorities and courts ----
  org('Federal Statistical Office', 'Statistisches Bundesamt|Statistische Bundesamt|Statistischen Bundesamt|Destatis', ''),
  org('Federal Employment Agency', 'Bundesagentur für Arbeit', ''),
  org('German Environment Agency', 'Umweltbundesamt', 'UBA'),
  org('Federal Cartel Office', 'Bundeskartellamt', ''),
  org('Federal Network Agency', 'Bundesnetzagentur', ''),
  org('Federal Constitutional Court', 'Bundesverfassungsgericht', ''),
  org('Federal Court of Justice', 'Bundesgerichtshof', 'BGH'),
  org('BaFin', 'Bundesanstalt für Finanzdienstleistungsaufsicht|Federal Financial Supervisory Authority', 'BaFin'),
  org('Federal Criminal Police Office', 'Bundeskriminalamt', 'BKA'),
  org('BAMF', 'Bundesamt für Migration und Flüchtlinge|Federal Office for Migration and Refugees', 'BAMF'),
  org('UNFCCC', 'United Nations Framework Convention on Climate Change|UN-Klimarahmenkonvention|Klimarahmenkonvention|UN-Klimasekretariat', 'UNFCCC'),
];
