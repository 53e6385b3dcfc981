/**
 * What a browser fetches on first load of a built page: the HTML and the
 * stylesheets, scripts and module preloads it links. Dynamic imports (search)
 * are not counted: they load only when someone starts searching.
 */
export function firstLoadAssets(html: string): string[] {
  const assets = new Set<string>();
  for (const m of html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref="([^"]+)"/g))
    assets.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="(?:stylesheet|modulepreload)"/g))
    assets.add(m[1]!);
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) assets.add(m[1]!);
  // Astro islands name their component and renderer scripts in attributes.
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const a of m[0].matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)) assets.add(a[1]!);
  }
  return [...assets].filter((url) => url.startsWith('/'));
}

/** Modules a bundled script imports statically (loaded with it); dynamic import() is left out. */
export function staticImports(js: string): string[] {
  const found = new Set<string>();
  for (const m of js.matchAll(/\b(?:import|export)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"']+\.js)["']/g))
    found.add(m[1]!);
  return [...found];
}
