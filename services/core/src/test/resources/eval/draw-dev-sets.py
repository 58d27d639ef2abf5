#!/usr/bin/env python3
"""Draws the development sets of real pages for the splitter (issue 26) and their held-back halves, once, at random
with a fixed seed, before any tuning; writes split.json beside each set and copies the pages in. Run from the repo
root with ../shared beside it: python3 services/core/src/test/resources/eval/draw-dev-sets.py"""
import json, os, random, shutil

CORPORA = '../shared/corpora'
HERE = 'services/core/src/test/resources/eval'
SEED = 20261206

def write(name, about, pages, heldout):
    out = os.path.join(HERE, name)
    train = sorted(p for p in pages if p not in heldout)
    with open(os.path.join(out, 'split.json'), 'w') as f:
        json.dump({'about': about, 'seed': SEED, 'train': train, 'heldout': sorted(heldout)}, f, indent=1, ensure_ascii=False)
        f.write('\n')
    for p in pages:
        os.makedirs(os.path.dirname(os.path.join(out, p)), exist_ok=True)
        shutil.copyfile(os.path.join(CORPORA, name, p), os.path.join(out, p))

rng = random.Random(SEED)

# English: 10 front pages a day from 40 different papers, drawn among pages of 4-32 KB (smaller ones are failed
# OCR or near-empty; larger ones could not be given exhaustive gold in reasonable time); half of each day held back.
cat = json.load(open(os.path.join(CORPORA, 'chronam-1916', 'catalog.json')))
by_day, used = {}, set()
for p in cat['pages']:
    size = os.path.getsize(os.path.join(CORPORA, 'chronam-1916', p['file']))
    if 4000 <= size <= 32000:
        by_day.setdefault(p['date'], []).append(p)
en_pages, en_heldout = [], []
for day in sorted(by_day):
    candidates = sorted(by_day[day], key=lambda p: p['file'])
    rng.shuffle(candidates)
    chosen = []
    for p in candidates:
        if p['lccn'] not in used and len(chosen) < 10:
            chosen.append(p['file']); used.add(p['lccn'])
    en_pages += chosen
    en_heldout += rng.sample(chosen, 5)
write('chronam-1916', 'chronam-1916: 40 front pages of 40 papers, 10 a day, drawn with the seed among pages of 4-32 KB; '
      'heldout: 5 a day, never read while the splitter changes; only its score is looked at.', en_pages, en_heldout)

# Chinese: every page of zh-pages; half of each kind x script held back.
zcat = json.load(open(os.path.join(CORPORA, 'zh-pages', 'catalog.json')))
groups = {}
for p in sorted(zcat['pages'], key=lambda p: p['file']):
    groups.setdefault((p['kind'], p['script']), []).append('pages/' + p['file'])
zh_pages, zh_heldout = [], []
for key in sorted(groups):
    files = groups[key]
    zh_pages += files
    n = len(files) // 2 + (rng.random() < 0.5 if len(files) % 2 else 0)
    zh_heldout += rng.sample(files, n)
write('zh-pages', 'zh-pages: all 43 pages of 36 publications; heldout: half of each kind and script, never read while '
      'the splitter changes; only its score is looked at.', zh_pages, zh_heldout)
print(len(en_pages), len(en_heldout), len(zh_pages), len(zh_heldout))
