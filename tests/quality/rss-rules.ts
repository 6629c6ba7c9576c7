import { XMLParser } from 'fast-xml-parser';
import { wellFormednessErrors } from './xml-schemas.ts';

/*
 * RSS 2.0 as the RSS Advisory Board specifies it (https://www.rssboard.org/rss-specification),
 * with the two practices its profile and the W3C feed validator add: a feed names its own
 * address (atom:link rel="self"), and a namespaced element's prefix is declared. There is no
 * official schema for RSS 2.0, so its rules are written here, one per sentence of the spec.
 */

type Node = Record<string, unknown>;

const CHANNEL_REQUIRED = ['title', 'link', 'description'];
const CHANNEL_OPTIONAL = [
  'language',
  'copyright',
  'managingEditor',
  'webMaster',
  'pubDate',
  'lastBuildDate',
  'category',
  'generator',
  'docs',
  'cloud',
  'ttl',
  'image',
  'rating',
  'textInput',
  'skipHours',
  'skipDays',
  'item',
];
const ITEM_ELEMENTS = ['title', 'link', 'description', 'author', 'category', 'comments', 'enclosure', 'guid', 'pubDate', 'source'];
/** The only elements that may repeat. */
const REPEATABLE = new Set(['item', 'category']);

/** RFC 822 dates as RSS writes them, with a four-digit year as its profile asks: "Fri, 14 Nov 2025 00:00:00 GMT". */
const RFC_822 =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}(?::\d{2})? (?:UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|[A-IK-Z]|[+-]\d{4})$/;
const LANGUAGE = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;
const EMAIL_FIRST = /^[^\s@]+@[^\s@]+\.[^\s@]+(?:\s|$)/;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
  parseTagValue: false,
  trimValues: true,
});

const isUrl = (text: string) => /^https?:\/\/[^\s]+$/.test(text);
const textOf = (node: unknown): string =>
  typeof node === 'string' ? node : typeof node === 'object' && node !== null ? String((node as Node)['#text'] ?? '') : '';
const childNames = (node: Node) => Object.keys(node).filter((key) => !key.startsWith('@') && key !== '#text');
const children = (node: Node, name: string) => (node[name] as unknown[] | undefined) ?? [];

/**
 * Every way `xml` breaks RSS 2.0, each naming where ("item 3: …"); none for a valid feed. XML
 * that is not well-formed is refused by libxml2 before any rule is read: fast-xml-parser reads
 * leniently, and its own validator is deprecated in favour of a package this project does not
 * install.
 */
export async function rssProblems(xml: string, fileName = 'rss.xml'): Promise<string[]> {
  const malformed = await wellFormednessErrors(fileName, xml);
  if (malformed.length > 0) return malformed.map((error) => `not well-formed XML: ${error}`);
  const problems: string[] = [];
  const doc = parser.parse(xml) as Node;
  const roots = childNames(doc).filter((name) => name !== '?xml');
  const rss = children(doc, 'rss')[0] as Node | undefined;
  if (roots.length !== 1 || !rss) return [`the root element must be <rss>, found ${roots.join(', ') || 'none'}`];
  if (rss['@version'] !== '2.0') problems.push(`<rss> must have version="2.0", found ${String(rss['@version'])}`);
  const declared = new Set(
    Object.keys(rss)
      .filter((key) => key.startsWith('@xmlns:'))
      .map((key) => key.slice('@xmlns:'.length)),
  );
  const channels = children(rss, 'channel') as Node[];
  if (channels.length !== 1) return [...problems, `<rss> must hold exactly one <channel>, found ${channels.length}`];
  const channel = channels[0]!;

  const checkElements = (where: string, node: Node, known: readonly string[]) => {
    for (const name of childNames(node)) {
      const prefix = name.includes(':') ? name.split(':')[0]! : undefined;
      if (prefix !== undefined) {
        if (!declared.has(prefix)) problems.push(`${where}: <${name}> uses the prefix "${prefix}", which is not declared on <rss>`);
      } else if (!known.includes(name)) {
        problems.push(`${where}: <${name}> is not an RSS 2.0 element`);
      }
      if (!REPEATABLE.has(name) && children(node, name).length > 1) problems.push(`${where}: <${name}> appears more than once`);
    }
  };
  const checkDate = (where: string, node: Node, name: string) => {
    for (const date of children(node, name).map(textOf)) {
      if (!RFC_822.test(date))
        problems.push(`${where}: <${name}> "${date}" is not an RFC 822 date such as "Fri, 14 Nov 2025 00:00:00 GMT"`);
    }
  };
  const checkUrl = (where: string, node: Node, name: string) => {
    for (const url of children(node, name).map(textOf))
      if (!isUrl(url)) problems.push(`${where}: <${name}> "${url}" is not an absolute http(s) URL`);
  };

  checkElements('<channel>', channel, [...CHANNEL_REQUIRED, ...CHANNEL_OPTIONAL]);
  for (const name of CHANNEL_REQUIRED) if (!textOf(children(channel, name)[0])) problems.push(`<channel> needs a non-empty <${name}>`);
  checkUrl('<channel>', channel, 'link');
  for (const language of children(channel, 'language').map(textOf))
    if (!LANGUAGE.test(language)) problems.push(`<channel>: <language> "${language}" is not a language code`);
  checkDate('<channel>', channel, 'pubDate');
  checkDate('<channel>', channel, 'lastBuildDate');
  const self = (children(channel, 'atom:link') as Node[]).find((link) => link['@rel'] === 'self');
  if (!self) problems.push('<channel> should name its own address: <atom:link rel="self" href="…" type="application/rss+xml"/>');
  else if (!isUrl(String(self['@href'])) || self['@type'] !== 'application/rss+xml')
    problems.push('<atom:link rel="self"> needs an absolute href and type="application/rss+xml"');

  (children(channel, 'item') as Node[]).forEach((item, index) => {
    const where = `item ${index + 1}`;
    checkElements(where, item, ITEM_ELEMENTS);
    if (!textOf(children(item, 'title')[0]) && !textOf(children(item, 'description')[0]))
      problems.push(`${where}: needs a <title> or a <description>`);
    checkUrl(where, item, 'link');
    checkUrl(where, item, 'comments');
    checkDate(where, item, 'pubDate');
    for (const author of children(item, 'author').map(textOf))
      if (!EMAIL_FIRST.test(author)) problems.push(`${where}: <author> must be an email address, found "${author}"`);
    for (const guid of children(item, 'guid') as Node[]) {
      const permalink = guid['@isPermaLink'] ?? 'true';
      if (permalink !== 'true' && permalink !== 'false') problems.push(`${where}: <guid isPermaLink> must be true or false`);
      if (permalink === 'true' && !isUrl(textOf(guid)))
        problems.push(`${where}: a permalink <guid> must be an absolute URL, found "${textOf(guid)}"`);
    }
    for (const source of children(item, 'source') as Node[]) {
      if (!isUrl(String(source['@url'] ?? '')))
        problems.push(`${where}: <source> needs a url attribute: the address of that channel's RSS feed`);
      if (!textOf(source)) problems.push(`${where}: <source> needs the name of the channel it came from`);
    }
    for (const enclosure of children(item, 'enclosure') as Node[]) {
      for (const attribute of ['url', 'length', 'type'])
        if (!enclosure[`@${attribute}`]) problems.push(`${where}: <enclosure> needs its ${attribute} attribute`);
    }
  });
  return problems;
}
