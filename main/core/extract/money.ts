import type { IdentifierType } from './types.js';

const SYMBOLS: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₽': 'RUB',
  '₹': 'INR',
  '₴': 'UAH',
  '₺': 'TRY',
};
const NAMES: [RegExp, string][] = [
  [/^(?:us\s+)?dollars?$/i, 'USD'],
  [/^euros?$/i, 'EUR'],
  [/^pounds?(?:\s+sterling)?$/i, 'GBP'],
  [/^(?:roubles?|rubles?)$/i, 'RUB'],
  [/^yuan|renminbi$/i, 'CNY'],
  [/^yen$/i, 'JPY'],
  [/^rupees?$/i, 'INR'],
  [/^somoni$/i, 'TJS'],
  [/^(?:tenge)$/i, 'KZT'],
  [/^soms?$/i, 'KGS'],
  [/^afghanis?$/i, 'AFN'],
  [/^hryvnias?$/i, 'UAH'],
  [/^(?:USD|EUR|GBP|RUB|CNY|JPY|INR|TJS|KZT|KGS|UZS|AFN|CHF|UAH|TRY)$/, ''],
];
const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};
const NUM = '(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?';
const SCALE_RE = '(?:\\s*(thousand|million|billion|trillion|bn|mn|tn|[kmb])\\b)?';
const BEFORE = new RegExp(`(US\\$|[$€£¥₽₹₴₺]|\\b(?:USD|EUR|GBP|RUB|CNY|JPY|CHF)\\s?)${NUM}${SCALE_RE}`, 'g');
const AFTER = new RegExp(
  `(?<![\\w.,])${NUM}${SCALE_RE}\\s+((?:US\\s+)?dollars?|euros?|pounds(?:\\s+sterling)?|roubles?|rubles?|yuan|renminbi|yen|rupees?|somoni|tenge|soms?|afghanis?|hryvnias?|USD|EUR|GBP|RUB|CNY|JPY|INR|TJS|KZT|KGS|UZS|AFN|CHF|UAH|TRY)\\b`,
  'gi',
);

/** Sums of money: "$5 million", "€1.2bn", "3,000 somoni", "USD 40". Value: "<amount> <ISO currency>". */
export function moneyAmounts(text: string): { type: IdentifierType; start: number; end: number; value: string }[] {
  const out: { type: IdentifierType; start: number; end: number; value: string }[] = [];
  for (const m of text.matchAll(BEFORE)) {
    const cur = SYMBOLS[(m[1] as string).trim()] ?? (m[1] as string).trim().toUpperCase();
    out.push({
      type: 'money',
      start: m.index,
      end: m.index + m[0].length,
      value: `${amount(m[2], m[3], m[4])} ${cur}`,
    });
  }
  for (const m of text.matchAll(AFTER)) {
    const word = m[4] as string;
    const hit = NAMES.find(([re]) => re.test(word));
    const cur = hit ? hit[1] || word.toUpperCase() : word.toUpperCase();
    out.push({
      type: 'money',
      start: m.index,
      end: m.index + m[0].length,
      value: `${amount(m[1], m[2], m[3])} ${cur}`,
    });
  }
  return out;
}

function amount(int?: string, frac?: string, scale?: string): string {
  const base = Number(`${(int ?? '0').replace(/,/g, '')}${frac ? `.${frac}` : ''}`);
  const k = scale ? (SCALE[scale.toLowerCase()] ?? 1) : 1;
  return String(Math.round(base * k * 100) / 100);
}
