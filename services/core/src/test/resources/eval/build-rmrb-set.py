#!/usr/bin/env python3
"""Builds zh-rmrb/ from the gold-work folder: the People's Daily archive pages kept exactly as the stored-pages
corpus returned them, their provenance, the split drawn before any tuning (split.json, seed 20261206), the gold of
both halves and the second readers' logs. Usage: build-rmrb-set.py /work/gold-work/rmrb"""
import json, os, shutil, sys

src = sys.argv[1]
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'zh-rmrb')
os.makedirs(os.path.join(out, 'pages'), exist_ok=True)
os.makedirs(os.path.join(out, 'review'), exist_ok=True)
split = json.load(open(os.path.join(src, 'split.json')))
ABOUT = ("Gold for 22 People's Daily (人民日报) archive pages of 1951-2000 (stored public pages, their first ~2,000 bytes "
         "kept as found; see provenance.json). Written by annotators who had not read the splitter, given only the "
         "annotation guide and the page, then checked and corrected by a second reader against the page, who also "
         "compared each page with the stored page (2026-12-06). Every article of each page is listed (exhaustive) and "
         "every person, place and organisation each article names (entities_complete).")
provenance = []
for name in ('provenance-A.json', 'provenance-B.json', 'provenance-C.json'):
    provenance += json.load(open(os.path.join(src, name)))['pages']
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
    doc = {'about': ABOUT + (' This is the held-back half: nobody reads its pages or its failures while the splitter '
                             'changes; only its score is looked at.' if half == 'heldout'
                             else ' This is the training half, whose failures are read while the splitter changes.'),
           'exhaustive': True, 'entities_complete': True, 'pages': pages}
    with open(os.path.join(out, 'gold-%s.json' % half), 'w') as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    print(half, len(pages), 'pages', sum(len(p['articles']) for p in pages), 'articles')
