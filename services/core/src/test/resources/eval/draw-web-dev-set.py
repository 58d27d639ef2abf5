#!/usr/bin/env python3
"""Draws the development set of web pages for body extraction (issue 27) and its held-back half, once, at random with
a fixed seed, before any tuning; copies the pages in and writes split.json. Run from the repo root with ../shared
beside it: python3 services/core/src/test/resources/eval/draw-web-dev-set.py"""
import json, os, random, shutil

SOURCE = '../shared/corpora/readability-test-pages'
OUT = 'services/core/src/test/resources/eval/readability-test-pages'
SEED = 20261206

pages = sorted(d for d in os.listdir(SOURCE) if os.path.isdir(os.path.join(SOURCE, d)))
heldout = sorted(random.Random(SEED).sample(pages, len(pages) // 2))
train = [p for p in pages if p not in heldout]
os.makedirs(OUT, exist_ok=True)
for p in pages:
    os.makedirs(os.path.join(OUT, p), exist_ok=True)
    for f in ('source.html', 'expected.html', 'expected-metadata.json'):
        if os.path.exists(os.path.join(SOURCE, p, f)):
            shutil.copyfile(os.path.join(SOURCE, p, f), os.path.join(OUT, p, f))
shutil.copyfile(os.path.join(SOURCE, 'LICENSE.md'), os.path.join(OUT, 'LICENSE.md'))
with open(os.path.join(OUT, 'split.json'), 'w') as f:
    json.dump({'about': 'readability-test-pages: the test pages of mozilla/readability at ab4027a (Apache-2.0, '
               'LICENSE.md), each a saved web page and the article its reader view keeps. heldout: drawn with the '
               'seed before any tuning; its pages and failures are not read while the extractor changes, only its '
               'score is looked at.', 'seed': SEED, 'train': train, 'heldout': heldout}, f, indent=1)
    f.write('\n')
print(len(train), 'train,', len(heldout), 'held back')
