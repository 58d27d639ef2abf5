#!/usr/bin/env python3
"""Builds a development set of pages (zh-rmrb/, zh-digests/) from a gold-work folder: the pages kept exactly as the
stored-pages corpus returned them, their provenance (provenance-*.json), the split drawn before any tuning
(split.json, seed 20261206), the gold of both halves (gold/<page>.json, one per page) and the second readers' logs
(review/). What the gold is and how it was made is the folder's about.txt.
Usage: build-gold-set.py /work/gold-work/rmrb zh-rmrb"""
import glob, json, os, shutil, sys

src, name = sys.argv[1], sys.argv[2]
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
os.makedirs(os.path.join(out, 'pages'), exist_ok=True)
os.makedirs(os.path.join(out, 'review'), exist_ok=True)
split = json.load(open(os.path.join(src, 'split.json')))
about = open(os.path.join(src, 'about.txt')).read().strip()
provenance = []
for f in sorted(glob.glob(os.path.join(src, 'provenance-*.json'))):
    provenance += json.load(open(f))['pages']
with open(os.path.join(out, 'provenance.json'), 'w') as fh:
    json.dump({'about': "Where each page was found: a stored public web page kept exactly as found (its first ~2,000 "
               "bytes). Third-party pages: test data only, never shipped.", 'pages': provenance}, fh, ensure_ascii=False, indent=1)
    fh.write('\n')
shutil.copy(os.path.join(src, 'split.json'), os.path.join(out, 'split.json'))
for f in os.listdir(os.path.join(src, 'review')):
    shutil.copy(os.path.join(src, 'review', f), os.path.join(out, 'review', f))
for half in ('train', 'heldout'):
    pages = []
    for f in split[half]:
        base = os.path.basename(f)[:-4]
        shutil.copy(os.path.join(src, 'pages', base + '.txt'), os.path.join(out, 'pages', base + '.txt'))
        g = json.load(open(os.path.join(src, 'gold', base + '.json')))
        assert g['file'] == f, (g['file'], f)
        pages.append(g)
    doc = {'about': about + (' This is the held-back half: nobody reads its pages or its failures while the splitter '
                             'changes; only its score is looked at.' if half == 'heldout'
                             else ' This is the training half, whose failures are read while the splitter changes.'),
           'exhaustive': True, 'entities_complete': True, 'pages': pages}
    with open(os.path.join(out, 'gold-%s.json' % half), 'w') as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    print(half, len(pages), 'pages', sum(len(p['articles']) for p in pages), 'articles')
