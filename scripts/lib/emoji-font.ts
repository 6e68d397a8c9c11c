// The badges' symbols (💬 ⏰ 📁 👁) are emoji. Windows, macOS and ChromeOS have a font for them; a bare
// Linux machine often has none, and Chromium then draws empty boxes. The demo says how to get one.
import { execFileSync } from 'node:child_process';

/** A hint to install an emoji font when fontconfig finds none with 💬; null where it has one or cannot be asked. */
export function emojiFontHint(): string | null {
  if (process.platform !== 'linux') return null;
  let families: string;
  try {
    families = execFileSync('fc-list', [':charset=1f4ac', 'family'], { encoding: 'utf8', timeout: 5000 });
  } catch {
    return null; // no fontconfig: nothing to tell
  }
  return families.trim()
    ? null
    : 'Tips: datorn saknar ett typsnitt med emoji, så märkenas symboler (💬 ⏰ 📁 👁) visas som tomma rutor. '
      + 'Installera det med: sudo apt-get install -y fonts-noto-color-emoji';
}
