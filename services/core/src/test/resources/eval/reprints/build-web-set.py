#!/usr/bin/env python3
"""Builds the web reprints development set (issue 28) from the readers' labels, once: copies the pages in, writes
gold.json (pages with the article each carries, groups, hard negatives, undecided pairs) and draws split.json (groups
held back at random, per language, with a fixed seed, before any change to the detector).

Inputs (run from the repo root): ../shared/corpora/web-reprints (25 groups, labels.json), the Chinese groups added
from stored public pages and their labels (--zh), and the second readers' checks with the article spans (--check,
--zh-check). A hard negative a second reader disputes, or either reader marks borderline, is undecided: the scorer
counts it neither way."""
import argparse, json, os, random, shutil

ap = argparse.ArgumentParser()
ap.add_argument('--shared', default='../shared/corpora/web-reprints')
ap.add_argument('--zh', required=True)
ap.add_argument('--check', required=True)
ap.add_argument('--zh-check', required=True)
ap.add_argument('--out', default='services/core/src/test/resources/eval/reprints/web')
ap.add_argument('--train-only', nargs='*', default=[], metavar='LABELS_DIR:CHECK',
                help='groups labelled after the draw, added to the training half only (never held back)')
a = ap.parse_args()
SEED = 20261206

def load(p):
    with open(p, encoding='utf-8') as f:
        return json.load(f)

sets = [(a.shared, load(os.path.join(a.shared, 'labels.json')), a.check),
        (a.zh, load(os.path.join(a.zh, 'labels.json')), a.zh_check)]
drawn = len(sets)
for pair in a.train_only:
    labels_dir, check = pair.split(':')
    sets.append((labels_dir, load(os.path.join(labels_dir, 'labels.json')), check))
os.makedirs(os.path.join(a.out, 'pages'), exist_ok=True)
os.makedirs(os.path.join(a.out, 'review'), exist_ok=True)
pages, groups, negatives, undecided = [], [], [], []
later = []                                   # groups labelled after the draw: training half only
for n, (src, labels, check_file) in enumerate(sets):
    check = load(check_file)
    spans = check['spans']
    disputed = {(h['a'], h['b']) for h in check.get('hard_negatives', []) if not h.get('agree', True)}
    doubted = {(h['a'], h['b']) for h in check.get('hard_negatives', []) if h.get('agree', True)}
    files = sorted(f for f in os.listdir(src) if f.endswith('.txt'))
    for f in files:
        shutil.copyfile(os.path.join(src, f), os.path.join(a.out, 'pages', f))
        s = spans[f]
        pages.append({'file': 'pages/' + f, 'articles': [{'id': f[:-4], 'title': s.get('title', ''),
                      'body_starts': s['body_starts'], 'body_ends': s['body_ends']}]})
    left_out = {m['file'] for m in check.get('membership', []) if not m.get('agree', True)}
    for g in labels['groups']:
        members = [m['file'][:-4] for m in g['members'] if m['file'] not in left_out]
        for m in g['members']:
            if m['file'] in left_out:          # a member the second reader disputes: undecided with each other member
                undecided += [{'a': o, 'b': m['file'][:-4], 'undecided': 'membership disputed by the second reader'}
                              for o in members]
        groups.append({'id': g['id'], 'lang': g['lang'], 'wire': g.get('wire'), 'story': g.get('headline'),
                       'members': members})
        if n >= drawn:
            later.append(g['id'])
    for h in labels['hard_negatives']:
        pair = (h['a'], h['b'])
        entry = {'a': h['a'][:-4], 'b': h['b'][:-4], 'why': h.get('why'), 'strength': h.get('strength')}
        if pair in disputed or pair in doubted or h.get('strength') == 'borderline':
            entry['undecided'] = 'disputed by the second reader' if pair in disputed else 'borderline'
            undecided.append(entry)
        else:
            negatives.append(entry)
    name = os.path.basename(os.path.normpath(src))
    shutil.copyfile(os.path.join(src, 'labels.json'), os.path.join(a.out, 'review', name + '-labels.json'))
    if n >= drawn:
        shutil.copyfile(check_file, os.path.join(a.out, 'review', 'second-reading-' + name + '.json'))
shutil.copyfile(a.check, os.path.join(a.out, 'review', 'second-reading-web-reprints.json'))
shutil.copyfile(a.zh_check, os.path.join(a.out, 'review', 'second-reading-zh.json'))

gold = {'about': 'Real web copies of wire stories (groups) and pages on the same events that carry another story '
        '(hard negatives), labelled by readers who had not read the detector and checked by a second reader; each page '
        'one article, its span written by the second reader. URLs and notes in review/*-labels.json.',
        'pages': pages, 'groups': groups, 'hard_negatives': negatives, 'undecided': undecided}
with open(os.path.join(a.out, 'gold.json'), 'w', encoding='utf-8') as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
    f.write('\n')
rng = random.Random(SEED)
train, heldout = [], []
for lang in ('en', 'zh'):
    ids = sorted(g['id'] for g in groups if g['lang'] == lang and g['id'] not in later)
    held = sorted(rng.sample(ids, len(ids) // 2))
    heldout += held
    train += [i for i in ids if i not in held]
train += later
with open(os.path.join(a.out, 'split.json'), 'w') as f:
    json.dump({'about': 'Groups held back at random per language with the seed, before any change to the detector: '
               'their pages and failures are not read while it changes, only their score is looked at. A hard '
               'negative goes with the half of its group member.', 'seed': SEED, 'train': train, 'heldout': heldout}, f, indent=1)
    f.write('\n')
print(len(pages), 'pages,', len(groups), 'groups,', len(negatives), 'hard negatives,', len(undecided), 'undecided;',
      len(train), 'groups train,', len(heldout), 'held back')
