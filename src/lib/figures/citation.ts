/** What a citation of one claim names. */
export interface CitedClaim {
  /** The claim in a few words: "القتلى: نحو 300 جندي". */
  claim: string;
  claimant: string;
  /** The outlet in Arabic and in Latin script; the unattributed entry's names when the text names none. */
  outlet: { name: string; latinName: string };
  /** The article's headline and the day it was published. */
  title: string;
  published: Date;
  site: { name: string; latinName: string };
  /** The claim's permalink, absolute. */
  permalink: string;
}

/**
 * A citation in one language, in the parts a page sets apart: the permalink (left to right,
 * Western digits) and the day it was read, which only the reader's browser knows (ClaimCitation).
 */
export interface Citation {
  /** Up to the permalink. */
  lead: string;
  permalink: string;
  /** Between the permalink and the date accessed. */
  accessed: string;
  /** After the date. */
  end: string;
}

const arabicDay = new Intl.DateTimeFormat('ar-u-nu-latn', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const englishDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * "Cite this" for one claim, as Our World in Data gives one for each chart: who says it and
 * what, the outlet, its headline and date, this site, the permalink and the day the reader
 * read it. Arabic in the order of Arabic citations (outlet، «title»، date); English as
 * Chicago's author-date style, the Arabic headline kept as published.
 */
export function claimCitations(c: CitedClaim): { ar: Citation; en: Citation } {
  return {
    ar: {
      lead: `${c.claimant}: ${c.claim}. ${c.outlet.name}، «${c.title}»، ${arabicDay.format(c.published)}. في ${c.site.name}: `,
      permalink: c.permalink,
      accessed: ' (تاريخ الاطلاع: ',
      end: ').',
    },
    en: {
      lead: `${c.outlet.latinName}. ${englishDay.format(c.published)}. “${c.title}.” Claim by ${c.claimant}: ${c.claim}. In ${c.site.latinName}. `,
      permalink: c.permalink,
      accessed: ' (accessed ',
      end: ').',
    },
  };
}
