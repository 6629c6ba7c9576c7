/**
 * The kept false-friend list (tests/unit/false-friends.ts) through the real search page, on a
 * site that has an article for every word of the list (`npm run build:recall-sites`): each
 * reader's word finds exactly the articles whose word begins with it, never its false friend.
 * The unit test checks the same list against our word forms; this one adds Pagefind itself.
 */
import { expect, test } from '@playwright/test';
import { portOf, serveFolder } from '../../scripts/bench/static-server.ts';
import { articlesBeginningWith, falseFriendPassages } from '../../scripts/build/false-friends-site.ts';
import { FALSE_FRIENDS_DIR } from '../../scripts/build/recall-sites.ts';
import { oursRanked } from '../../scripts/real-text/recall.ts';
import { FALSE_FRIENDS } from '../unit/false-friends.ts';

test('no reader’s word of the kept false-friend list finds its false friend on the search page', async ({ page }) => {
  test.setTimeout(120_000);
  const passages = falseFriendPassages();
  const titles = new Map(passages.map((p) => [p.id, p.title]));
  const server = await serveFolder(`${FALSE_FRIENDS_DIR}/dist`, 0);
  try {
    await page.goto(`http://127.0.0.1:${portOf(server)}/search/`);
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes('اكتب'));
    const wrong: string[] = [];
    for (const query of new Set(FALSE_FRIENDS.map(([q]) => q))) {
      const found = (await oursRanked(page, query)).sort();
      const wanted = articlesBeginningWith(query, passages).sort();
      if (found.join() !== wanted.join()) {
        const named = (ids: string[]) => ids.map((id) => `«${titles.get(id)}»`).join(' ') || 'nothing';
        wrong.push(`«${query}» found ${named(found)}, wanted ${named(wanted)}`);
      }
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  } finally {
    server.close();
  }
});
