#!/usr/bin/env python3
"""Builds the 1916 cross-paper reprints development set (issue 28) from the readers' labels, once: copies the pages
they cite (public domain) in, writes gold.json and draws split.json (groups held back at random with a fixed seed,
before any change to the detector). Inputs: the second readers' corrected label files (--labels, one or more), run
from the repo root with ../shared beside it. A borderline hard negative is undecided: the scorer counts it neither
way."""
import argparse, json, os, random, shutil

ap = argparse.ArgumentParser()
ap.add_argument('--shared', default='../shared/corpora/chronam-1916')
ap.add_argument('--labels', nargs='+', required=True)
ap.add_argument('--reviews', nargs='*', default=[])
ap.add_argument('--out', default='services/core/src/test/resources/eval/reprints/chronam-1916')
a = ap.parse_args()
SEED = 20261206

pages, groups, negatives, undecided = {}, [], [], []
for path in a.labels:
    with open(path, encoding='utf-8') as f:
        labels = json.load(f)
    for p in labels['pages']:
        page = pages.setdefault(p['file'], {'file': p['file'], 'date': p['file'].split('/')[1], 'articles': []})
        page['articles'] += [{k: v for k, v in art.items() if k in ('id', 'title', 'body_starts', 'body_ends', 'wire', 'notes')}
                             for art in p['articles']]
    for g in labels['groups']:
        groups.append({'id': g['id'], 'lang': 'en', 'wire': g.get('wire'), 'story': g.get('story'),
                       'members': g['members'], 'notes': g.get('notes')})
    for h in labels['hard_negatives']:
        (undecided if h.get('strength') == 'borderline' else negatives).append(h)
os.makedirs(os.path.join(a.out, 'review'), exist_ok=True)
for path in a.labels + a.reviews:
    shutil.copyfile(path, os.path.join(a.out, 'review', os.path.basename(path)))
for file in pages:
    os.makedirs(os.path.dirname(os.path.join(a.out, file)), exist_ok=True)
    shutil.copyfile(os.path.join(a.shared, file), os.path.join(a.out, file))
ordered = sorted(pages.values(), key=lambda p: p['file'])
gold = {'about': 'One wire story printed by several papers of the same day in 1916 (groups, with the article spans on '
        'each front page) and articles on the same events that are other stories (hard negatives), labelled by readers '
        'who had not read the detector and checked by a second reader (review/).', 'lang': 'en',
        'pages': ordered, 'groups': groups, 'hard_negatives': negatives, 'undecided': undecided}
with open(os.path.join(a.out, 'gold.json'), 'w', encoding='utf-8') as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
    f.write('\n')
ids = sorted(g['id'] for g in groups)
heldout = sorted(random.Random(SEED).sample(ids, len(ids) // 2))
with open(os.path.join(a.out, 'split.json'), 'w') as f:
    json.dump({'about': 'Groups held back at random with the seed, before any change to the detector: their pages and '
               'failures are not read while it changes, only their score is looked at. A hard negative goes with the '
               'half of its group member.', 'seed': SEED, 'train': [i for i in ids if i not in heldout],
               'heldout': heldout}, f, indent=1)
    f.write('\n')
print(len(ordered), 'pages,', len(groups), 'groups,', len(negatives), 'hard negatives,', len(undecided), 'undecided;',
      len(ids) - len(heldout), 'groups train,', len(heldout), 'held back')
