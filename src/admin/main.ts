/**
 * The editors' web app at /admin/: Decap CMS in Arabic, right to left, saving each new
 * article as a branch and a pull request (its editorial workflow). Bundled by
 * src/integrations/editors-app.ts; the page that loads it says where the site's stylesheet is
 * (for the preview) and which backend to use.
 */
import CMS from 'decap-cms-app';
import { cmsConfig, type CmsBackend } from '../lib/cms/config.ts';
import { articleFromFile, articleToFile, entryFromFile, entryToFile } from '../lib/cms/formats.ts';
import { ar } from './locales/ar.ts';
import { ArticlePreview } from './preview.ts';
import { CalendarDayControl, DayOrMonthControl, FileSlugControl } from './widgets.ts';
// Emitted by esbuild as the bundle's one stylesheet, which the app's page links (editors-app.ts).
import './rtl.css';
import './fields.css';

const page = document.currentScript ?? document.querySelector('script[data-backend]');
const backend = JSON.parse(page?.getAttribute('data-backend') ?? '{}') as CmsBackend;
const stylesheet = page?.getAttribute('data-stylesheet');

CMS.registerLocale('ar', ar);
CMS.registerCustomFormat('mdx-frontmatter', 'mdx', {
  fromFile: articleFromFile,
  toFile: (data) => articleToFile(data as Record<string, unknown>),
});
CMS.registerCustomFormat('content-yaml', 'yaml', {
  fromFile: entryFromFile,
  toFile: (data, order) => entryToFile(data as Record<string, unknown>, order),
});
CMS.registerWidget('calendar-day', CalendarDayControl);
CMS.registerWidget('day-or-month', DayOrMonthControl);
CMS.registerWidget('file-slug', FileSlugControl);
CMS.registerPreviewTemplate('articles', ArticlePreview);
if (stylesheet) CMS.registerPreviewStyle(stylesheet);
CMS.init({ config: cmsConfig(backend) as never });
