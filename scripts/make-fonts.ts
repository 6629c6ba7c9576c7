/**
 * `npm run fonts`: writes the subset webfont files and src/styles/fonts.css. Run it after
 * changing scripts/assets/font-subset.ts or upgrading @fontsource/noto-naskh-arabic; a unit test
 * fails while the committed files differ from what this would write.
 */
import { writeFileSync } from 'node:fs';
import { generateFontFiles } from './assets/font-files.ts';

for (const file of await generateFontFiles()) {
  writeFileSync(file.path, file.content);
  console.log(`wrote ${file.path} (${file.content.length} bytes)`);
}
