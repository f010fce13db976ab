import { existsSync } from 'node:fs';
import { GlobalFonts } from '@napi-rs/canvas';

/** The family name charts ask for; bound to the first font file found below. */
export const CHART_FONT = 'Studybot Sans';

/**
 * Fonts tried in order (Debian and Ubuntu paths, then macOS). Nothing is downloaded: without any of
 * them the canvas falls back to whatever system fonts skia finds by itself, which is also fine.
 */
const CANDIDATES: readonly (readonly [regular: string, bold: string])[] = [
  ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'],
  ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'],
  ['/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf', '/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf'],
  ['/System/Library/Fonts/Supplemental/Arial.ttf', '/System/Library/Fonts/Supplemental/Arial Bold.ttf'],
];

let family: string | undefined;

/** The CSS font family to draw with; registers a font file the first time. */
export function chartFontFamily(): string {
  if (family) return family;
  const found = CANDIDATES.find(([regular]) => existsSync(regular));
  if (found) {
    GlobalFonts.registerFromPath(found[0], CHART_FONT);
    if (existsSync(found[1])) GlobalFonts.registerFromPath(found[1], CHART_FONT);
    family = `"${CHART_FONT}", sans-serif`;
  } else {
    family = 'sans-serif';
  }
  return family;
}
