// The installable web app: its Dutch manifest and the icons, drawn from the
// site's own SVG at build time so there is one picture to maintain.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/** Colours of the header in light and dark mode (src/styles/global.css). */
export const THEME = { light: '#fbfaf7', dark: '#15171a', brand: '#1d4e89' };

export const MANIFEST = {
  name: 'Werkzaam — wat werkt bij multistressgezinnen',
  short_name: 'Werkzaam',
  description:
    'Naslagwerk voor professionals in de jeugdhulp die werken met multistressgezinnen: werkkaarten, werkzame elementen, dilemma’s en interventies. Werkt ook offline.',
  lang: 'nl',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  id: '/',
  display: 'standalone',
  background_color: THEME.light,
  theme_color: THEME.brand,
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
    { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
  ],
};

/**
 * Writes /manifest.webmanifest and the PNG icons into the built site. The
 * maskable icon gets the brand colour around a smaller mark, so a phone that
 * crops it to a circle does not cut the letter.
 */
export async function writeWebApp(outDir, publicDir) {
  const svg = readFileSync(join(publicDir, 'favicon.svg'));
  mkdirSync(join(outDir, 'icons'), { recursive: true });
  for (const size of [192, 512]) {
    await sharp(svg, { density: 1200 })
      .resize(size, size)
      .png()
      .toFile(join(outDir, 'icons', `icon-${size}.png`));
  }
  await sharp(svg, { density: 1200 })
    .resize(180, 180)
    .png()
    .toFile(join(outDir, 'icons', 'apple-touch-icon.png'));
  const inner = await sharp(svg, { density: 1200 }).resize(360, 360).png().toBuffer();
  await sharp({ create: { width: 512, height: 512, channels: 4, background: THEME.brand } })
    .composite([{ input: inner, gravity: 'center' }])
    .png()
    .toFile(join(outDir, 'icons', 'icon-maskable-512.png'));
  writeFileSync(join(outDir, 'manifest.webmanifest'), `${JSON.stringify(MANIFEST, null, 2)}\n`);
}
