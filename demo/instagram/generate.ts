// Writes the demo pages: `npx tsx demo/instagram/generate.ts`. The pages carry a small script that
// moves every time to "now minus its age" when opened, so "3 tim" stays three hours old.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPost, renderProfile, type RenderOptions } from './render';
import { sjovikGrid, sjovikPost } from './sjovik-post';
import { sjovikProfile } from './sjovik-profile';

/** Static times in the files (what the adapter sees without the script) count from this moment. */
export const demoCapturedAt = new Date('2025-03-14T12:00:00Z');

const base: RenderOptions = {
  lang: 'sv', classes: 'a', list: 'ul', replyLinks: 'flat', dialog: false, signedIn: 'sjovikskommun',
  now: demoCapturedAt, liveTimes: true, title: '',
};

const here = import.meta.dirname;
writeFileSync(
  join(here, 'post.html'),
  renderPost(sjovikPost, { ...base, title: 'Sjöviks kommun på Instagram: ”Nu börjar vi bygga om Storgatan! 🚧”' }, sjovikGrid.slice(1)),
);
writeFileSync(
  join(here, 'profile.html'),
  renderProfile(sjovikProfile, { ...base, title: 'Sjöviks kommun (@sjovikskommun) • Instagram-foton och videoklipp' }),
);
