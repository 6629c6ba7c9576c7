import { z } from 'astro/zod';
import { QUALIFIERS } from '../figures/format.ts';
import { SOURCE_KINDS } from './source-kinds.ts';
import { OWNERSHIP_KINDS, UNKNOWN } from './ownership.ts';
import { profileIssues } from './source-profile.ts';
import { calendarStart, isCalendarDay, isDayOrMonth, yamlDateAsText } from './calendar-dates.ts';
import { badRelays } from './relays.ts';

/**
 * The content schemas, one source of truth for Astro's collections (src/content.config.ts) and
 * for the editors' check (npm run check). Astro passes its own reference() and image(); the
 * check passes plain validators and looks the ids up itself, to report every problem at once.
 */
export interface SchemaTools<Image extends z.ZodType> {
  /** A reference to an entry of another collection, read from its id. */
  reference: (collection: 'sources' | 'topics' | 'metrics' | 'entities') => z.ZodType<{ id: string; collection: string }>;
  /** A picture file next to the article. */
  image: () => Image;
}

const DAY_MESSAGE = 'write the date as YYYY-MM-DD, a real calendar day with no time of day (e.g. 2025-11-14)';
const MONTH_MESSAGE = 'write the date as YYYY-MM-DD, or YYYY-MM when the article names only the month (e.g. 2025-09)';

/**
 * A calendar day written YYYY-MM-DD, quoted or not, as a Date at UTC midnight. A time of day,
 * another order or a day that does not exist is refused, so "when it was published" never
 * shifts with time zones or rolls into another month.
 */
export const calendarDay = z
  .preprocess(yamlDateAsText, z.string({ error: DAY_MESSAGE }).refine(isCalendarDay, { error: DAY_MESSAGE }))
  .transform((text) => calendarStart(text)!);

/** A day (YYYY-MM-DD) or, when the article only names the month, a month (YYYY-MM), as text. */
export const dayOrMonth = z.preprocess(yamlDateAsText, z.string({ error: MONTH_MESSAGE }).refine(isDayOrMonth, { error: MONTH_MESSAGE }));

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be a full http:// or https:// address' });

/** The address of a public page that states a fact of an outlet's profile. */
const citation = z.url({ protocol: /^https?$/, error: 'cite a public page by its full http:// or https:// address' });

type Reference = SchemaTools<z.ZodType>['reference'];

const VIA_EMPTY = 'list who relayed the number, e.g. [reuters], or leave via out when the text names no one between the claimant and the outlet';

const fieldsByReference = new WeakMap<Reference, ReturnType<typeof articleFields>>();

/** Every article field but the picture, which depends on the article's own folder. */
function articleFields(reference: Reference) {
  return {
    /** The headline shown on the page, in Arabic; written by the editor when the text has none. */
    title: z
      .string({ error: 'required: write the Arabic headline (the text has none? write one from its first sentence)' })
      .trim()
      .min(1, { error: 'write the Arabic headline (the text has none? write one from its first sentence)' }),
    /** One or two sentences saying what the article reports, shown in listings. */
    summary: z
      .string({ error: 'required: write one or two Arabic sentences saying what the article reports' })
      .trim()
      .min(1, { error: 'write one or two Arabic sentences saying what the article reports' })
      .max(400, { error: 'keep the summary to one or two sentences (400 characters at most)' }),
    /** The day the outlet published the article, YYYY-MM-DD. */
    date: calendarDay,
    /** The day the outlet last changed the article, YYYY-MM-DD, if it did. */
    updated: calendarDay.optional(),
    /** The outlet: the file name (without .yaml) of an entry in content/sources/. */
    source: reference('sources'),
    /** The original article's address, http(s) only. */
    sourceUrl: httpUrl.optional(),
    /** The language code (e.g. "en") when the Arabic text is a translation. */
    translatedFrom: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'use a language code such as "en" or "fr"' })
      .optional(),
    /** Topic ids from content/topics/, the main story first: it decides previous/next links. */
    topics: z.array(reference('topics')).min(1, { error: 'list at least one topic' }),
    /** Every number the article reports, each with who claims it. */
    figures: z
      .array(
        z
          .object({
            /** What was counted: the id of an entry in content/metrics/. */
            metric: reference('metrics'),
            /** The number, as a plain positive number (14000, not "14,000"). */
            value: z.number({ error: 'write the number as digits without commas, e.g. 14000' }).positive({ error: 'must be a number above zero' }),
            /** The upper end when the article gives a range. */
            valueMax: z.number({ error: 'write the number as digits without commas, e.g. 12000' }).positive().optional(),
            /** How the number is meant, one of QUALIFIERS (src/lib/figures/format.ts); exact unless the article says otherwise. */
            qualifier: z.enum(QUALIFIERS, { error: `use one of: ${QUALIFIERS.join(', ')}` }).default('exact'),
            /** Who says so, in the article's own words. */
            claimant: z.string({ error: 'required: say who gives this number, in the article’s own words' }).trim().min(1, { error: 'say who gives this number, in the article’s own words' }),
            /** The claimant as an entity of content/entities/, when it is one, to follow its figures across articles. */
            claimantId: reference('entities').optional(),
            /**
             * Who relayed the number between the claimant and the outlet, as the text states it:
             * entity ids of content/entities/ in order from the claimant outward (e.g. [reuters]).
             * The outlet itself is the article's source and is not listed.
             */
            via: z.array(reference('entities')).min(1, { error: VIA_EMPTY }).optional(),
            /** The date the number refers to (YYYY-MM-DD or YYYY-MM) when it is not the article's date. */
            asOf: dayOrMonth.optional(),
            /** The sentence of the article that states the number, copied from the body; the build checks it is there. */
            quote: z
              .string({ error: 'required: copy the sentence of the article that states this number' })
              .trim()
              .min(1, { error: 'copy the sentence of the article that states this number' }),
          })
          .refine((f) => f.valueMax === undefined || f.valueMax > f.value, {
            error: 'valueMax must be larger than value',
            path: ['valueMax'],
          })
          .superRefine(({ via, claimantId }, ctx) => {
            for (const { index, message } of badRelays(via?.map((relay) => relay.id) ?? [], claimantId?.id))
              ctx.addIssue({ code: 'custom', path: ['via', index], message });
          }),
      )
      .default([]),
  };
}

/**
 * The article frontmatter: the editors' contract. Astro builds an entry's schema again for each
 * entry, to give it an image() that reads pictures from that entry's folder; all the rest is
 * built once per reference() and shared, which at 10,000 articles saves seconds of a build.
 */
export function articleSchema<Image extends z.ZodType>({ reference, image }: SchemaTools<Image>) {
  let fields = fieldsByReference.get(reference);
  if (!fields) fieldsByReference.set(reference, (fields = articleFields(reference)));
  return z
    .object({
      ...fields,
      /** A picture for the article. */
      image: z
        .object({
          /** The picture file, relative to the article file. */
          src: image(),
          /** What the picture shows, for readers who cannot see it. */
          alt: z.string().trim().min(1, { error: 'describe the picture in Arabic for readers who cannot see it' }),
          /** The caption printed under the picture. */
          caption: z.string().trim().optional(),
          /** Who took or owns the picture. */
          credit: z.string().trim().min(1),
        })
        .optional(),
    })
    .refine((a) => a.updated === undefined || a.updated >= a.date, {
      error: 'updated cannot be earlier than date',
      path: ['updated'],
    });
}

/** An outlet, content/sources/<id>.yaml. */
export const sourceSchema = z
    .object({
      /** The outlet's name in Arabic, as readers know it. */
      name: z.string().trim().min(1),
      /** The outlet's name in Latin script. */
      latinName: z.string().trim().min(1),
      /** The outlet's home page, http(s). */
      url: httpUrl.optional(),
      /** Where the outlet has its headquarters: an ISO 3166 two-letter country code, e.g. US, or `unknown` when no public page states it. */
      country: z
        .union([z.literal(UNKNOWN), z.string().regex(/^[A-Z]{2}$/)], { error: 'use a two-letter country code such as "US", or unknown' })
        .optional(),
      /** The address of a public page that states where its headquarters are; not for an `unknown` country. */
      countryCite: citation.optional(),
      /** Who owns the outlet, in Arabic and Latin script, with a public page that says so; or `unknown`. */
      owner: z
        .union(
          [
            z.literal(UNKNOWN),
            z.object({
              /** The owner's name in Arabic. */
              ar: z.string().trim().min(1),
              /** The owner's name in Latin script. */
              latin: z.string().trim().min(1),
              /** The address of a public page that names the owner. */
              cite: citation.optional(),
            }),
          ],
          { error: 'write unknown, or the owner as three fields: ar (its Arabic name), latin (its Latin name) and cite (a public page that names it)' },
        )
        .optional(),
      /** What kind of owner it is, one of OWNERSHIP_KINDS (src/lib/content/ownership.ts), with a public page that says so. */
      ownership: z
        .object({
          /** The kind; required, but checked with the profile (source-profile.ts), so the editors' form may leave a profile out. */
          kind: z.enum(OWNERSHIP_KINDS, { error: `use one of: ${OWNERSHIP_KINDS.join(', ')}` }).optional(),
          /** The address of a public page that states the kind; not for `unknown`. */
          cite: citation.optional(),
        })
        .optional(),
      /** Who pays for it, one line in Arabic, with a public page that says so; or `unknown`. */
      funding: z
        .union(
          [
            z.literal(UNKNOWN),
            z.object({
              /** One line in Arabic. */
              note: z.string().trim().min(1),
              /** The address of a public page that states it. */
              cite: citation.optional(),
            }),
          ],
          { error: 'write unknown, or the funding as two fields: note (one line in Arabic) and cite (a public page that states it)' },
        )
        .optional(),
      /** What the outlet is. */
      kind: z.enum(SOURCE_KINDS, { error: `use one of: ${SOURCE_KINDS.join(', ')}` }).optional(),
      /** A sentence or two on the outlet, in Arabic, for its page. */
      description: z.string().trim().optional(),
      /** True only for the entry that collects articles whose text does not name an outlet. */
      unattributed: z.boolean().default(false),
    })
    // Reported at the missing field, so the check can name it and the line to add it after.
    .superRefine((s, ctx) => {
      // The profile: required of a named outlet, each known fact with its citation; refused on the unattributed entry.
      for (const issue of profileIssues(s)) ctx.addIssue({ code: 'custom', ...issue });
      if (s.unattributed) return;
      for (const field of ['kind', 'country'] as const) {
        if (s[field] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message:
              field === 'kind'
                ? `a named outlet needs its kind: one of ${SOURCE_KINDS.join(', ')} (only the unattributed entry may leave it out)`
                : 'a named outlet needs its country: a two-letter code such as "US" (only the unattributed entry may leave it out)',
          });
        }
      }
    });

/** A topic, content/topics/<id>.yaml. */
export function topicSchema({ reference }: Pick<SchemaTools<z.ZodType>, 'reference'>) {
  return z.object({
    /** The topic's title in Arabic. */
    title: z.string().trim().min(1),
    /** What the topic covers, a sentence or two in Arabic. */
    description: z.string().trim().min(1),
    /** The broader topic this one belongs to, if any. */
    parent: reference('topics').optional(),
  });
}

/**
 * A metric, content/metrics/<id>.yaml: what a figure counts, and how it relates to the other
 * metrics, so that counts of different things are never read as one (the ledger says so).
 */
export function metricSchema({ reference }: Pick<SchemaTools<z.ZodType>, 'reference'>) {
  return z.object({
    /** What is counted, in Arabic (e.g. "الجنود المرسلون"). */
    label: z.string().trim().min(1),
    /** The counted noun in Arabic (e.g. "جندي"). */
    unit: z.string().trim().min(1),
    /** What one unit of it is, in a plain Arabic sentence for readers: its definition on the open-data page. */
    counts: z
      .string({ error: 'required: say in one Arabic sentence what is counted, e.g. «الجنود الذين قُتلوا»' })
      .trim()
      .min(1, { error: 'say in one Arabic sentence what is counted, e.g. «الجنود الذين قُتلوا»' }),
    /** The metrics this one adds together (casualties: [killed, wounded]): at least two, each once, never itself. */
    sumOf: z.array(reference('metrics')).min(2, { error: 'list the two or more metrics this one adds together, e.g. [killed, wounded]' }).optional(),
    /** The count this metric projects (troops-planned: troops-sent): its figures say what is expected, not what was counted. */
    projectionOf: reference('metrics').optional(),
    /** What counts and what does not, for editors. */
    description: z.string().trim().optional(),
  });
}

/** What an entity may be. */
export const ENTITY_KINDS = ['person', 'place', 'organisation', 'outlet'] as const;

/** A person, place, organisation or outlet, content/entities/<id>.yaml, with every spelling. */
export const entitySchema = z.object({
    /** The name as this site writes it, in Arabic. */
    name: z.string().trim().min(1),
    /** What it is. */
    kind: z.enum(ENTITY_KINDS, { error: `use one of: ${ENTITY_KINDS.join(', ')}` }),
    /**
     * Every other way outlets and readers write it: other Arabic spellings (ج/غ, with or
     * without hamza), short names, acronyms and names in other scripts. A search for any of
     * them finds every article that uses any of them.
     */
    names: z.array(z.string().trim().min(1)).min(1, { error: 'list at least one other spelling' }),
  });

/** Broken plurals for search, content/search/plurals.yaml: each singular (the key) with its plurals. */
export const pluralsSchema = z.array(z.string().trim().min(1)).min(1, { error: 'list the plural forms of this singular' });

