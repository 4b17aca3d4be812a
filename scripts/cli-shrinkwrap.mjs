// `npm pack` ships the command line with an npm-shrinkwrap.json: the exact
// tree of its runtime dependencies, taken from package-lock.json (versions,
// tarball addresses and integrity). npm installs a package's shrinkwrapped
// tree as it is, without resolving versions against the registry, so the
// packed CLI installs the very versions it was tested with, and installs
// offline from npm's cache (`npm install --offline dvc-inspector-*.tgz`)
// wherever `npm ci` ran. `prepack` writes the file, `postpack` removes it
// (in the sources it would take the place of package-lock.json).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(ROOT, 'npm-shrinkwrap.json');
if (process.argv[2] === 'remove') {
  rmSync(target, { force: true });
  process.exit(0);
}
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const packages = {};
for (const [path, entry] of Object.entries(lock.packages)) {
  if (path === '') {
    packages[''] = { name: pkg.name, version: pkg.version, license: pkg.license, bin: pkg.bin, dependencies: pkg.dependencies, engines: pkg.engines };
    continue;
  }
  if (entry.dev || entry.link) continue;
  const { devOptional, ...rest } = entry;
  // npm leaves "resolved" out of some entries; without it an install must ask the registry where the tarball is.
  if (!rest.resolved && rest.version && !rest.inBundle) {
    const name = rest.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    rest.resolved = `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${rest.version}.tgz`;
  }
  packages[path] = devOptional ? { ...rest, optional: true } : rest;
}
writeFileSync(target, `${JSON.stringify({ name: pkg.name, version: pkg.version, lockfileVersion: 3, requires: true, packages }, null, 2)}\n`);
console.error(`npm-shrinkwrap.json: ${Object.keys(packages).length - 1} runtime packages`);
