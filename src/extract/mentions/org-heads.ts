// Organisation heads and legal forms ("Bank", "Ministerium", "AG"): the words that end an
// organisation's name and never a person's. Data and word tests only; the finders that use them
// live in ./organizations.ts.

/** Words that end an organisation's name (lowercase). Suffix-matched for German compounds. */
export const LEGAL_FORMS = new Set(['gmbh', 'ag', 'inc', 'ltd', 'corp', 'llc', 'plc', 'se', 'kg', 'co', 'sa', 'oao', 'ooo', 'zao', 'pjsc', 'jsc']);
export const HEADS = [
  'bank', 'ministerium', 'ministry', 'universität', 'university', 'agentur', 'agency', 'partei', 'party',
  'verband', 'association', 'rat', 'council', 'komitee', 'committee', 'kommission', 'commission', 'stiftung',
  'foundation', 'institut', 'institute', 'organisation', 'organization', 'gesellschaft', 'company', 'corporation',
  'konzern', 'group', 'gruppe', 'holding', 'fund', 'fonds', 'akademie', 'academy', 'gewerkschaft', 'union',
  'bund', 'club', 'klub', 'verein', 'federation', 'föderation', 'parlament', 'parliament', 'senat', 'senate',
  'movement', 'bewegung', 'alliance', 'allianz',
  'zentrum', 'authority', 'bundesamt', 'amt', 'office', 'behörde', 'behörde', 'service', 'society', 'airlines', 'airways', 'railways', 'bahn', 'motors', 'energy',
];
/** An organisation head or legal form ("Bank", "AG", "Ministerium"): never the end of a person's name. */
export function isOrgHeadWord(lower: string): boolean {
  return LEGAL_FORMS.has(lower) || isHead(lower);
}

const headCache = new Map<string, boolean>();

export function isHead(lower: string): boolean {
  let known = headCache.get(lower);
  if (known === undefined) {
    known = HEADS.some((h) => lower === h || (lower.length > h.length + 2 && lower.endsWith(h) && h.length > 3));
    if (headCache.size > 50000) headCache.clear();
    headCache.set(lower, known);
  }
  return known;
}
