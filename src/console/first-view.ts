import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A chunk as Vite's build manifest (`web/dist/.vite/manifest.json`) lists it. */
export interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly css?: readonly string[];
}

export function readBuildManifest(dist: string): Readonly<Record<string, ManifestChunk>> {
  return JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
}

/**
 * The files the first view of `/incidents` loads: the entry, the incidents page's chunk, and
 * what each imports (scripts and styles), as the budget in scripts/build-console.ts counts them.
 */
export function firstViewFiles(manifest: Readonly<Record<string, ManifestChunk>>): ReadonlySet<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (chunk === undefined || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  visit('src/incidents/IncidentsPage.tsx');
  return files;
}
