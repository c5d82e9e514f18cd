#!/usr/bin/env python3
"""Builds blitar-2024.json, the embedded LPPD Kabupaten Blitar 2024 report document, from the transcriptions in
tests/TestData/lppd-2024/*.json and tests/TestData/spm/*.json of this repository (tables as printed, cell by cell).

Usage:  python3 build-blitar-2024.py [TESTDATA_DIR] > blitar-2024.json

Every number is taken from the transcribed cell text as printed (its precision from the digits printed); no
recomputed value is ever written. Each printed figure that can be recomputed becomes an object with a rule, its
reported value, printed text, precision, source line and named inputs (each with its own source line).
"""
import difflib
import glob
import json
import os
import re
import sys
from decimal import Decimal

TESTDATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../tests/TestData')
LPPD = os.path.join(TESTDATA, 'lppd-2024')
SPM = os.path.join(TESTDATA, 'spm')

NEGATIVE = ('Penduduk Miskin', 'PPKS', 'Gini', 'Pengangguran', 'TPT', 'Resiko Bencana', 'Risiko Bencana')


def load(name):
    with open(os.path.join(LPPD, name), encoding='utf-8') as f:
        return json.load(f)


def decimals_of(text, value):
    """Digits printed after the decimal mark (',' in this report; '.' in a few cells of Tabel 2.2)."""
    t = re.sub(r'\([^()]*\)\s*$', '', text).replace('%', '').replace('Rp.', '').replace(' ', '').strip()
    if ',' in t:
        return len(t.split(',')[1])
    if value != int(value):
        return len(repr(float(value)).split('.')[1])
    return 0


def num(cell):
    """(Decimal value as printed, decimals, text) of a numeric cell; None for text / n.a cells."""
    if not isinstance(cell, dict) or cell.get('value') is None:
        return None
    v = cell['value']
    d = decimals_of(cell['text'], v)
    dec = Decimal(repr(v)) if isinstance(v, float) else Decimal(v)
    q = dec.quantize(Decimal(1).scaleb(-d))
    assert q == dec, (cell, q, dec)
    return q, d, cell['text']


def inp(name, cell, line, note=None):
    n = num(cell)
    o = {'name': name, 'value': None if n is None else n[0],
         'printed': (cell['text'] if isinstance(cell, dict) else cell), 'source': line}
    if note:
        o['note'] = note
    return o


def dash_zero(name, cell, line):
    if isinstance(cell, dict) and cell.get('value') is None and cell.get('text', '').strip() == '-':
        return {'name': name, 'value': Decimal(0), 'printed': '-', 'source': line, 'note': "'-' printed; read as 0"}
    return inp(name, cell, line)


def fig(id_, label, rule, cell, line, inputs, **extra):
    n = num(cell)
    o = {'id': id_, 'label': label, 'rule': rule,
         'reported': None if n is None else n[0],
         'printed': cell['text'] if isinstance(cell, dict) else cell,
         'decimals': 0 if n is None else n[1], 'source': line}
    o.update({k: v for k, v in extra.items() if v is not None})
    o['inputs'] = inputs
    return o


def text_of(c):
    return c['text'] if isinstance(c, dict) else c


def polarity(indicator):
    return 'negative' if any(k in indicator for k in NEGATIVE) else 'positive'


def table(id_, title, lines, figures, note=None):
    t = {'id': id_, 'title': title, 'lines': lines}
    if note:
        t['note'] = note
    t['figures'] = figures
    return t


# --------------------------------------------------------------------------------------------- Tabel 1.12
PROGRAM_NAME = {}   # figure id of a Tabel 1.12 row -> the program's name as printed

def budget_1_12():
    t = load('budget-table-1-12.json')['tables'][0]
    figs, allocs, reals = [], [], []
    opd = None
    for r in t['rows']:
        c, line = r['cells'], r['line']
        if isinstance(c[0], str) and c[0] != 'TOTAL' and all(x is None for x in c[1:]):
            opd = c[0]
            continue
        if c[0] == 'TOTAL':
            left_out = 'rows printing no amount (Tidak ada data) are left out of the sum'
            figs.append(fig('1.12/total/alokasi', 'TOTAL anggaran = Σ rows', 'sum', c[2], line, allocs, note=left_out))
            figs.append(fig('1.12/total/realisasi', 'TOTAL realisasi = Σ rows', 'sum', c[3], line, reals, note=left_out))
            continue
        no = text_of(c[0]).rstrip('.') if c[0] is not None else 'l%d' % line
        label = '%s %s (%s)' % (text_of(c[0]) or '(no number)', c[1], opd)
        a, rr = inp('anggaran', c[2], line), inp('realisasi', c[3], line)
        if a['value'] is not None:
            allocs.append(dict(a, name='row %s' % no))
        if rr['value'] is not None:
            reals.append(dict(rr, name='row %s' % no))
        figs.append(fig('1.12/%s/persen' % no, label, 'budget.realization', c[4], line, [a, rr]))
        PROGRAM_NAME['1.12/%s/persen' % no] = c[1]
    return table('1.12', 'Tabel 1.12 Anggaran dan Realisasi Program Tahun 2024', t['lines'], figs)


# --------------------------------------------------------------------------------------------- §2.2.3
def accountability():
    d = load('accountability-2-2-3.json')
    out, capaian_rows = [], {}
    for t in d['tables']:
        tid = t['id'].replace('Tabel ', '')
        title = '%s %s' % (t['id'], t['title'])
        kind = t['kind']
        figs = []
        if kind in ('realisasi', 'rpjmd'):
            members = []
            for r in t['rows']:
                c, line = r['cells'], r['line']
                if c[0] == 'Capaian Kinerja':
                    cell = next(x for x in c if isinstance(x, dict))
                    figs.append(fig('%s/capaian-kinerja' % tid, 'Capaian Kinerja (mean of the indicators\' capaian)',
                                    'capaian.mean', cell, line, members))
                    continue
                ind = c[2]
                label = '%s: capaian %s' % (ind, 'vs target akhir RPJMD 2026' if kind == 'rpjmd' else '2024')
                f = fig('%s/%d/capaian' % (tid, line), label, 'capaian', c[5], line,
                        [inp('T', c[3], line), inp('R', c[4], line)], polarity=polarity(ind))
                figs.append(f)
                members.append(inp(ind, c[5], line))
            if kind == 'realisasi':
                capaian_rows[tid] = [m for m in members]
        elif kind == 'anggaran':
            rows, capaian, total_pct = [], None, None
            for r in t['rows']:
                c, line = r['cells'], r['line']
                strs = [x for x in c if isinstance(x, str)]
                nums = [x for x in c if isinstance(x, dict)]
                if any('efisiensi' in s for s in strs):
                    eff = [x for x in nums if x['text'].strip() not in ('1',)] or nums
                    figs.append(fig('%s/efisiensi' % tid, 'Tingkat efisiensi = capaian / realisasi anggaran', 'efficiency',
                                    eff[-1], line, [capaian, total_pct]))
                    continue
                if len(nums) > 3 and '%' in nums[-4]['text'] and capaian is None:
                    capaian = inp('capaian kinerja', nums[-4], line)
                a, rr, pct = nums[-3:]
                label = strs[-1]
                if label == 'Total':
                    figs.append(fig('%s/total/alokasi' % tid, 'Total alokasi = Σ rows', 'sum', a, line,
                                    [dict(x[0], name=x[2]) for x in rows]))
                    figs.append(fig('%s/total/realisasi' % tid, 'Total realisasi = Σ rows', 'sum', rr, line,
                                    [dict(x[1], name=x[2]) for x in rows]))
                    figs.append(fig('%s/total/persen' % tid, 'Total: realisasi anggaran %', 'budget.realization', pct, line,
                                    [inp('anggaran', a, line), inp('realisasi', rr, line)]))
                    total_pct = inp('realisasi anggaran', pct, line)
                    continue
                ai, ri = inp('anggaran', a, line), inp('realisasi', rr, line)
                rows.append((ai, ri, label))
                figs.append(fig('%s/%d/persen' % (tid, line), label + ': realisasi anggaran %', 'budget.realization', pct,
                                line, [ai, ri]))
        elif kind == 'ringkasan':   # Tabel 5
            for r in t['rows']:
                c, line = r['cells'], r['line']
                ind = c[2]
                figs.append(fig('5/%d/capaian' % line, '%s: capaian 2024' % ind, 'capaian', c[5], line,
                                [inp('T', c[3], line), inp('R', c[4], line)], polarity=polarity(ind)))
                if c[8] is not None:
                    figs.append(fig('5/%d/anggaran' % line, '%s: realisasi anggaran %%' % c[1], 'budget.realization', c[8],
                                    line, [inp('anggaran', c[6], line), inp('realisasi', c[7], line)]))
        elif kind == 'predikat' and t['id'] in ('Tabel 2', 'Tabel 3'):
            pending = t
            out.append(('pending', t))
            continue
        if figs:
            out.append(table(tid, title, t['lines'], figs))
    # Tabel 2 / Tabel 3: averages of the member indicators' capaian (printed in Tabel 4.x.1 / 4.x.y.1), predicates
    members_of = {'Tabel 2': ['4.1.1', '4.2.1', '4.3.1', '4.4.1'],
                  'Tabel 3': ['4.1.1.1', '4.1.2.1', '4.2.1.1', '4.2.2.1', '4.3.1.1', '4.3.2.1', '4.4.1.1', '4.4.2.1', '4.4.3.1']}
    result = []
    for item in out:
        if isinstance(item, tuple):
            t = item[1]
            tid = t['id'].replace('Tabel ', '')
            figs = []
            for i, r in enumerate(t['rows']):
                c, line = r['cells'], r['line']
                src = members_of[t['id']][i]
                figs.append(fig('%s/%d/rata-rata' % (tid, i + 1), '%s: rata-rata capaian (indicators of Tabel %s)' % (c[1], src),
                                'capaian.mean', c[2], line, capaian_rows[src]))
                figs.append(fig('%s/%d/predikat' % (tid, i + 1), '%s: predikat' % c[1], 'predicate', None, line,
                                [inp('capaian', c[2], line)], reportedText=c[3]))
            result.append(table(tid, '%s %s' % (t['id'], t['title']), t['lines'], figs))
        else:
            result.append(item)
    return result


# --------------------------------------------------------------------------------------------- Bab II §2.1
def macro():
    d = {t['id']: t for t in load('macro-tables-2-1-to-2-7.json')['tables']}
    out = []
    cells = lambda tid, line: next(r['cells'] for r in d[tid]['rows'] if r['line'] == line)

    # Tabel 2.1 relative change
    t = d['Tabel 2.1']
    figs = []
    g27 = cells('Tabel 2.7', 1522)
    for r in t['rows']:
        c, line = r['cells'], r['line']
        prev, cur = inp('X2023', c[2], line), inp('X2024', c[3], line)
        if 'Gini' in c[1]:
            prev = inp('X2023', g27[5], 1522, 'Tabel 2.1 prints 0,36; the 3-dp value of Tabel 2.7 is used')
            g441 = next(r2['cells'] for tt in load('accountability-2-2-3.json')['tables'] if tt['id'] == 'Tabel 4.4.1'
                        for r2 in tt['rows'] if r2['line'] == 3112)
            cur = inp('X2024', g441[4], 3112, 'Tabel 2.1 prints 0,35; the 3-dp value of Tabel 4.4.1 is used')
        figs.append(fig('2.1/%d/perubahan' % line, '%s: perubahan 2023-2024 (%%)' % c[1], 'change.percent', c[4], line, [prev, cur]))
    ipm22 = cells('Tabel 2.2', 1380)
    figs.append(fig('2.1/1346/ipm-2023', 'IPM 2023 = Tabel 2.2', 'identity', cells('Tabel 2.1', 1346)[2], 1346,
                    [inp('IPM 2023 (Tabel 2.2)', ipm22[4], 1380)]))
    figs.append(fig('2.1/1350/per-kapita-2023', 'Pendapatan per kapita 2023 = Tabel 2.6 PDRB per kapita ADHB 2023', 'identity',
                    cells('Tabel 2.1', 1350)[2], 1350, [inp('PDRB per kapita ADHB 2023 (Tabel 2.6)', cells('Tabel 2.6', 1508)[5], 1508)]))
    out.append(table('2.1', 'Tabel 2.1 ' + t['title'], t['lines'], figs))

    # Tabel 2.2 IPM from its components
    t = d['Tabel 2.2']
    rows = {r['line']: r['cells'] for r in t['rows']}
    figs = []
    for j, year in enumerate(t['columns'][1:], start=1):
        figs.append(fig('2.2/%s/ipm' % year, 'IPM %s from UHH, HLS, RLS, pengeluaran' % year, 'ipm', rows[1380][j], 1380,
                        [inp('UHH', rows[1381][j], 1381), inp('HLS', rows[1382][j], 1382), inp('RLS', rows[1383][j], 1383),
                         inp('pengeluaran', rows[1384][j], 1384, 'Rp 000 per capita per year')]))
    out.append(table('2.2', 'Tabel 2.2 ' + t['title'], t['lines'], figs))

    # Tabel 2.3 regional IPM
    t = d['Tabel 2.3']
    figs = []
    for r in t['rows']:
        c, line = r['cells'], r['line']
        e = num(c[5])
        exp = {'name': 'pengeluaran', 'value': e[0] / 1000, 'printed': c[5]['text'], 'source': line,
               'note': 'printed in Rp; divided by 1.000 to Rp 000 per capita per year'}
        figs.append(fig('2.3/%d/ipm' % line, 'IPM 2024 %s from its components' % c[0], 'ipm', c[1], line,
                        [inp('UHH', c[2], line), inp('HLS', c[3], line), inp('RLS', c[4], line), exp]))
    out.append(table('2.3', 'Tabel 2.3 ' + t['title'], t['lines'], figs))

    # Tabel 2.4 identities with Tabel 2.1
    t = d['Tabel 2.4 (caption line 1417)']
    c = cells('Tabel 2.4 (caption line 1417)', 1425)
    t21 = cells('Tabel 2.1', 1347)
    figs = [fig('2.4/1425/2023', 'Persentase penduduk miskin 2023 = Tabel 2.1', 'identity', c[5], 1425, [inp('Tabel 2.1 2023', t21[2], 1347)]),
            fig('2.4/1425/2024', 'Persentase penduduk miskin 2024 = Tabel 2.1', 'identity', c[6], 1425, [inp('Tabel 2.1 2024', t21[3], 1347)])]
    out.append(table('2.4', 'Tabel 2.4 Persentase dan Jumlah Warga Miskin', t['lines'], figs))

    # Tabel 2.5 labour
    t = d['Tabel 2.5']
    rows = {r['line']: r['cells'] for r in t['rows']}
    v = lambda line: rows[line][1]
    figs = [
        fig('2.5/1468/angkatan-kerja', 'Jumlah tenaga kerja = bekerja + pengangguran', 'sum', v(1468), 1468,
            [inp('bekerja', v(1469), 1469), inp('pengangguran', v(1470), 1470)]),
        fig('2.5/1471/tpt', 'Tingkat pengangguran = pengangguran / angkatan kerja × 100', 'labor.open-unemployment', v(1471), 1471,
            [inp('pengangguran', v(1470), 1470), inp('angkatan kerja', v(1468), 1468)]),
        fig('2.5/1482/angkatan-kerja', 'Angkatan kerja = bekerja + pengangguran', 'sum', v(1482), 1482,
            [inp('bekerja', v(1483), 1483), inp('pengangguran', v(1484), 1484)]),
        fig('2.5/1485/tpt', 'TPT = pengangguran / angkatan kerja × 100', 'labor.open-unemployment', v(1485), 1485,
            [inp('pengangguran', v(1484), 1484), inp('angkatan kerja', v(1482), 1482)]),
        fig('2.5/1486/tpak', 'TPAK = angkatan kerja / penduduk usia kerja × 100', 'labor.participation', v(1486), 1486,
            [inp('angkatan kerja', v(1482), 1482), inp('penduduk usia kerja', v(1481), 1481)]),
        fig('2.5/1487/lapangan-pekerjaan', 'Pekerjaan menurut lapangan pekerjaan utama = Σ sectors', 'sum', v(1487), 1487,
            [inp(rows[l][0], v(l), l) for l in range(1488, 1497)]),
    ]
    out.append(table('2.5', 'Tabel 2.5 ' + t['title'], t['lines'], figs))

    # Tabel 2.6 growth and per capita
    t = d['Tabel 2.6']
    rows = {r['line']: r['cells'] for r in t['rows']}
    years = t['columns'][2:]
    figs = []
    for j, year in enumerate(years, start=2):
        prev = [inp('ADHK t-1', rows[1506][j - 1], 1506)] if j > 2 else [{'name': 'ADHK t-1', 'value': None, 'printed': None,
                                                                           'source': 1506, 'note': 'PDRB ADHK 2019 is not printed'}]
        figs.append(fig('2.6/%s/pertumbuhan' % year, 'Pertumbuhan ekonomi %s' % year, 'economic-growth', rows[1504][j], 1504,
                        prev + [inp('ADHK t', rows[1506][j], 1506)]))
    for line, base, what in ((1508, 1505, 'ADHB'), (1509, 1506, 'ADHK')):
        for j, year in enumerate(years, start=2):
            figs.append(fig('2.6/%s/per-kapita-%s' % (year, what.lower()), 'PDRB per kapita %s %s' % (what, year), 'per-capita',
                            rows[line][j], line, [inp('PDRB %s (Rp juta)' % what, rows[base][j], base, 'Rp juta'),
                                                  inp('penduduk', rows[1507][j], 1507)]))
    out.append(table('2.6', 'Tabel 2.6 ' + t['title'], t['lines'], figs))

    # Tabel 2.7 identities
    t = d['Tabel 2.7']
    rows = {r['line']: r['cells'] for r in t['rows']}
    ipm = {r['line']: r['cells'] for r in d['Tabel 2.2']['rows']}
    figs = []
    for j, year in enumerate(t['columns'][2:], start=2):
        figs.append(fig('2.7/%s/pengeluaran' % year, 'Pengeluaran per kapita %s = Tabel 2.2' % year, 'identity', rows[1521][j], 1521,
                        [inp('Tabel 2.2', ipm[1384][j - 1], 1384)]))
    figs.append(fig('2.7/2023/tpt', 'TPT 2023 = Tabel 2.1', 'identity', rows[1520][5], 1520, [inp('Tabel 2.1', cells('Tabel 2.1', 1348)[2], 1348)]))
    figs.append(fig('2.7/2024/tpt', 'TPT 2024 = Tabel 2.5', 'identity', rows[1520][6], 1520, [inp('Tabel 2.5', cells('Tabel 2.5', 1485)[1], 1485)]))
    g441 = next(r2['cells'] for tt in load('accountability-2-2-3.json')['tables'] if tt['id'] == 'Tabel 4.4.1' for r2 in tt['rows'] if r2['line'] == 3112)
    figs.append(fig('2.7/2024/gini', 'Gini 2024 = Tabel 4.4.1', 'identity', rows[1522][6], 1522, [inp('Tabel 4.4.1', g441[4], 3112)]))
    out.append(table('2.7', 'Tabel 2.7 ' + t['title'], t['lines'], figs))
    return out


def budget_identities(tables):
    """Bab II program budgets against Tabel 1.12 (rows paired by program name where the name is found once, or
    only on rows with the same amounts), and Tabel 5's budget per sasaran against the sasaran's Bab II table."""
    by_id = {t['id']: t for t in tables}
    norm = lambda name: re.sub(r'[^a-z]', '', name.lower().replace('program', ''))
    rows = {}
    for f in by_id['1.12']['figures']:
        if f['rule'] == 'budget.realization' and f['inputs'][0]['value'] is not None:
            rows.setdefault(norm(PROGRAM_NAME[f['id']]), []).append(f)
    figs = []
    for t in tables:
        if not t['id'].startswith('4.'):
            continue
        for f in t['figures']:
            if not f['id'].endswith('/persen') or '/total/' in f['id']:
                continue
            name = f['label'].rsplit(': realisasi', 1)[0]
            match = rows.get(norm(name), [])
            if not match and name.startswith('Program'):
                # Spelling varies between the tables ('Statistik'/'Statistika', 'Pengharaan', '(SDA)'): take the most
                # similar name when it is at least 90 % similar.
                scored = [(difflib.SequenceMatcher(None, norm(name), key).ratio(), key) for key in rows]
                best = max(r for r, _ in scored)
                if best >= 0.9:
                    match = [f2 for r, key in scored if r == best for f2 in rows[key]]
            if not match or len({(m['inputs'][0]['value'], m['inputs'][1]['value']) for m in match}) != 1:
                continue
            m = match[0]
            for i, what in ((0, 'alokasi'), (1, 'realisasi')):
                mine = f['inputs'][i]
                figs.append({'id': '%s/%d/%s-1.12' % (t['id'], f['source'], what),
                             'label': '%s: %s (Tabel %s) = Tabel 1.12' % (name, what, t['id']), 'rule': 'identity',
                             'reported': mine['value'], 'printed': mine['printed'],
                             'decimals': -mine['value'].as_tuple().exponent if mine['value'].as_tuple().exponent < 0 else 0,
                             'source': mine['source'],
                             'inputs': [dict(m['inputs'][i], name='%s, Tabel 1.12' % what)]})
    sasaran = ['4.1.1.5', '4.1.2.6', '4.2.1.5', '4.2.2.5', '4.3.1.5', '4.3.2.5', '4.4.1.5', '4.4.2.5', '4.4.3.5']
    t5 = [f for f in by_id['5']['figures'] if f['id'].endswith('/anggaran')]
    for k, (f, tid) in enumerate(zip(t5, sasaran), start=1):
        total = next(x for x in by_id[tid]['figures'] if x['id'] == tid + '/total/persen')
        for i, what in ((0, 'alokasi'), (1, 'realisasi')):
            mine = f['inputs'][i]
            figs.append({'id': '5/%d/%s-%s' % (f['source'], what, tid), 'label': 'Sasaran %d: %s (Tabel 5) = Tabel %s total' % (k, what, tid),
                         'rule': 'identity', 'reported': mine['value'], 'printed': mine['printed'],
                         'decimals': -mine['value'].as_tuple().exponent if mine['value'].as_tuple().exponent < 0 else 0,
                         'source': mine['source'], 'inputs': [dict(total['inputs'][i], name='%s, Tabel %s Total' % (what, tid))]})
    return table('budget-identities', 'Budget identities: Bab II program rows = Tabel 1.12; Tabel 5 = the Bab II sasaran totals', None, figs)


def cross_tables():
    """Cross-table identities of Bab II §2.2.3 (the same quantity printed twice)."""
    acc = {t['id']: {r['line']: r['cells'] for r in t['rows']} for t in load('accountability-2-2-3.json')['tables']}
    mac = {t['id']: {r['line']: r['cells'] for r in t['rows']} for t in load('macro-tables-2-1-to-2-7.json')['tables']}
    ikk = {r['line']: r['cells'] for t in load('ikk-2-2-1-and-2-2-2.json')['tables'] for r in t['rows']}
    figs = [
        fig('4.2.2/2240/ipm-2022', 'IPM 2022 (Tabel 4.2.2) = Tabel 2.2', 'identity', acc['Tabel 4.2.2'][2240][3], 2240,
            [inp('IPM 2022 (Tabel 2.2)', mac['Tabel 2.2'][1380][3], 1380)]),
        fig('4.4.1.2/3290/tpt-2022', 'TPT 2022 (Tabel 4.4.1.2) = Tabel 2.7', 'identity', acc['Tabel 4.4.1.2'][3290][3], 3290,
            [inp('TPT 2022 (Tabel 2.7)', mac['Tabel 2.7'][1520][4], 1520)]),
        fig('ikk/1618/iklh', 'IKK 11.1 IKLH = Tabel 4.4.2.1', 'identity', ikk[1618][3], 1618,
            [inp('IKLH (Tabel 4.4.2.1)', acc['Tabel 4.4.2.1'][3407][4], 3407)]),
    ]
    return table('cross', 'Cross-table identities (the same figure printed in two tables)', None, figs)


# --------------------------------------------------------------------------------------------- Bab I
def chapter1():
    d = {t['id']: t for t in load('chapter1-population-and-staff.json')['tables']}
    out = []
    t = d['Tabel 1.2']
    body = [r for r in t['rows'] if r['cells'][0] != 'Jumlah']
    tot = next(r for r in t['rows'] if r['cells'][0] == 'Jumlah')
    figs = [fig('1.2/total/%s' % k, 'Jumlah %s = Σ kecamatan' % k, 'sum', tot['cells'][j], tot['line'],
                [inp(r['cells'][0], r['cells'][j], r['line']) for r in body])
            for j, k in ((1, 'penduduk-2023'), (2, 'penduduk-2024'), (3, 'luas'))]
    # Density column: each row from its own 2024 population and area; the Jumlah row as the region's density
    # (Σ penduduk / Σ luas over the rows), with the printed row densities as inputs for the audit's diagnosis.
    figs += [fig('1.2/%d/kepadatan' % r['line'], '%s: kepadatan = penduduk 2024 / luas (jiwa/km²)' % r['cells'][0], 'density',
                 r['cells'][4], r['line'], [inp('penduduk 2024', r['cells'][2], r['line']), inp('luas (km²)', r['cells'][3], r['line'])])
             for r in body]
    figs.append(fig('1.2/total/kepadatan', 'Kepadatan Kabupaten = Σ penduduk 2024 / Σ luas (jiwa/km²)', 'density.regional',
                    tot['cells'][4], tot['line'],
                    [inp('penduduk 2024 %s' % r['cells'][0], r['cells'][2], r['line']) for r in body]
                    + [inp('luas %s' % r['cells'][0], r['cells'][3], r['line']) for r in body]
                    + [inp('kepadatan %s (printed)' % r['cells'][0], r['cells'][4], r['line']) for r in body],
                    note='inputs: the 22 populations, the 22 areas, then the 22 printed densities (for the diagnosis)'))
    out.append(table('1.2', 'Tabel 1.2 ' + t['title'], t['lines'], figs))
    t = d['Tabel 1.3']
    body = [r for r in t['rows'] if r['cells'][0] != 'Jumlah']
    tot = next(r for r in t['rows'] if r['cells'][0] == 'Jumlah')
    figs = [fig('1.3/total/%s' % k, 'Jumlah %s = Σ kecamatan' % k, 'sum', tot['cells'][j], tot['line'],
                [inp(r['cells'][1], r['cells'][j], r['line']) for r in body])
            for j, k in ((2, 'luas'), (3, 'desa-kelurahan'), (4, 'dusun-lingkungan'))]
    out.append(table('1.3', 'Tabel 1.3 ' + t['title'], t['lines'], figs))
    t = d['Tabel 1.6']
    body = [r for r in t['rows'] if r['cells'][0] != 'Jumlah']
    tot = next(r for r in t['rows'] if r['cells'][0] == 'Jumlah')
    figs = []
    for r in body:
        c, line = r['cells'], r['line']
        figs.append(fig('1.6/%s/total' % text_of(c[0]), '%s: total = struktural + fungsional + pelaksana' % c[1], 'sum', c[6], line,
                        [dash_zero('struktural', c[3], line), dash_zero('fungsional', c[4], line), dash_zero('pelaksana', c[5], line)]))
    for j, k in ((3, 'struktural'), (4, 'fungsional'), (5, 'pelaksana'), (6, 'total')):
        figs.append(fig('1.6/jumlah/%s' % k, 'Jumlah %s = Σ perangkat daerah' % k, 'sum', tot['cells'][j], tot['line'],
                        [dict(dash_zero(r['cells'][1], r['cells'][j], r['line'])) for r in body]))
    out.append(table('1.6', 'Tabel 1.6 ' + t['title'], t['lines'], figs))
    t = d['Tabel 1.7']
    rows = t['rows']
    out.append(table('1.7', 'Tabel 1.7 ' + t['title'], t['lines'],
                     [fig('1.7/jumlah', 'Jumlah = fungsional + pelaksana', 'sum', rows[2]['cells'][1], rows[2]['line'],
                          [inp(r['cells'][0], r['cells'][1], r['line']) for r in rows[:2]])]
                     + [fig('1.7/%d/persen' % r['line'], '%s: %% of Jumlah' % r['cells'][0], 'share', r['cells'][2], r['line'],
                            [inp(r['cells'][0], r['cells'][1], r['line']), inp('Jumlah', rows[2]['cells'][1], rows[2]['line'])])
                        for r in rows[:2]]))
    return out


def idn(text):
    """(Decimal, decimals) of a number printed the Indonesian way ('1.805.566.202.423,82', '-0,94%', '<b>5,17%</b>')."""
    t = re.sub(r'<[^>]+>', '', text).replace('%', '').replace('Rp.', '').strip()
    whole, _, frac = t.partition(',')
    value = Decimal(whole.replace('.', '') + ('.' + frac if frac else ''))
    return value, len(frac)


def printed(name, text, line, note=None):
    v, _ = idn(text)
    o = {'name': name, 'value': v, 'printed': re.sub(r'<[^>]+>', '', text), 'source': line}
    if note:
        o['note'] = note
    return o


def hfig(id_, label, rule, text, line, inputs):
    v, d = idn(text)
    return {'id': id_, 'label': label, 'rule': rule, 'reported': v, 'printed': re.sub(r'<[^>]+>', '', text),
            'decimals': d, 'source': line, 'inputs': inputs}


def revenue_and_expenditure():
    """Tabel 1.7 (Realisasi Pendapatan Daerah, lines 529-534) and Tabel 1.8 (Belanja Daerah, lines 538-545), transcribed
    by hand from the report text (cells copied as printed; no shared transcription exists for them)."""
    out = []
    rows = {531: ('PAD', '411.642.913.437,44', '450.176.248.736,07', '9,36%'),
            532: ('Dana Transfer', '2.104.104.460.635', '2.211.626.673.895', '5,11%'),
            533: ('Lain-Lain Pendapatan Daerah yang Sah', '0', '0', None)}
    total = (534, '<b>2.515.747.374.072,44</b>', '<b>2.661.802.922.631,07</b>')
    figs = [hfig('1.7p/%d/total' % y, 'Pendapatan Daerah %d = Σ components' % y, 'sum', total[1 + i], 534,
                 [printed(r[0], r[1 + i], line) for line, r in rows.items()]) for i, y in enumerate((2023, 2024))]
    for line, share in ((531, '16,91%'), (532, '83,09%')):
        figs.append(hfig('1.7p/%d/kontribusi' % line, '%s: kontribusi 2024 (%% of Pendapatan Daerah)' % rows[line][0], 'share', share, line,
                         [printed(rows[line][0] + ' 2024', rows[line][2], line), printed('Pendapatan Daerah 2024', total[2], 534)]))
    for line, r in rows.items():
        if r[3]:
            figs.append(hfig('1.7p/%d/pertumbuhan' % line, '%s: pertumbuhan 2024 (%%)' % r[0], 'change.percent', r[3], line,
                             [printed('2023', r[1], line), printed('2024', r[2], line)]))
    out.append(table('1.7p', 'Tabel 1.7 Realisasi Pendapatan Daerah Kabupaten Blitar Tahun 2023 dan 2024', [529, 534], figs,
                     note='transcribed by hand from lines 531-534 (the report numbers two tables 1.7)'))
    rows = {542: ('Belanja Operasi', '1.805.566.202.423,82', '1.938.029.138.680,70', '7,34%'),
            543: ('Belanja Modal', '415.025.591.878,33', '411.103.864.750', '-0,94%'),
            544: ('Belanja Transfer', '396.646.276.447', '391.784.051.797', '-1,23%'),
            545: ('Jumlah Belanja', '<b>2.618.832.034.329,15</b>', '<b>2.745.959.201.750,96</b>', '<b>5,17%</b>')}
    figs = [hfig('1.8/%d/total' % y, 'Jumlah Belanja %d = Σ components' % y, 'sum', rows[545][1 + i], 545,
                 [printed(r[0], r[1 + i], line) for line, r in rows.items() if line != 545]) for i, y in enumerate((2023, 2024))]
    for line, r in rows.items():
        figs.append(hfig('1.8/%d/pertumbuhan' % line, '%s: pertumbuhan 2024 (%%)' % r[0], 'change.percent', r[3], line,
                         [printed('2023', r[1], line), printed('2024', r[2], line)]))
    out.append(table('1.8', 'Tabel 1.8 Realisasi, Kontribusi, dan Pertumbuhan Belanja Daerah Kabupaten Blitar Tahun 2023 dan 2024',
                     [538, 545], figs, note='transcribed by hand from lines 542-545'))
    return out


def narrative():
    """Figures stated in the text of Bab I-II (transcribed by hand, each with the sentence's line), recomputed from the
    numbers the same sentence prints, or from the table it refers to."""
    def n(text, line, name, note=None):
        return printed(name, text, line, note)

    def years(k, note):
        return {'name': 'yearly intervals', 'value': Decimal(k), 'printed': None, 'source': None, 'note': note}

    def f(id_, label, rule, text, line, inputs, magnitude=False):
        o = hfig('text/%d/%s' % (line, id_), label, rule, text, line, inputs)
        if magnitude:
            o['magnitude'] = True
            o['inputs'] = inputs
        return o

    pop = [('1.223.745', 2020), ('1.231.013', 2021), ('1.240.322', 2022), ('1.253.550', 2023), ('1.263.650', 2024)]
    poor = [('9,65', 2021), ('8,71', 2022), ('8,69', 2023), ('8,16%', 2024)]
    figs = [
        f('penduduk-rata-rata', '"jumlah penduduk rata-rata meningkat sebanyak 14.866 jiwa per tahun selama 5 tahun terakhir" (Tabel 2.6, 2020-2024)',
          'average-change.absolute', '14.866', 281,
          [n('1.223.745', 1507, 'penduduk 2020'), n('1.263.650', 1507, 'penduduk 2024'), years(4, '2020-2024 in Tabel 2.6')]),
        f('penduduk-pertumbuhan', '"pertumbuhan rata-rata sebesar 1,24%" (mean of the yearly % changes, Tabel 2.6 2020-2024)',
          'average-change.mean-yoy', '1,24%', 281, [n(t, 1507, 'penduduk %d' % y) for t, y in pop]),
        f('ipm-rata-rata', '"IPM ... meningkat ... rata-rata 0,59 poin tahun 2017 - 2024" (69,33 in 2017, 73,44 in 2024)',
          'average-change.absolute', '0,59', 1364, [n('69,33', 1364, 'IPM 2017'), n('73,44', 1364, 'IPM 2024'), years(7, '2017-2024')]),
        f('uhh-rata-rata', '"UHH ... meningkat ... secara rata-rata 0,155 tahun, di mana tahun 2020 sebesar 73,52 tahun menjadi sebesar 74,34 tahun pada akhir tahun 2024"',
          'average-change.absolute', '0,155', 1388, [n('73,52', 1388, 'UHH 2020'), n('74,34', 1388, 'UHH 2024'), years(4, '2020-2024')]),
        f('hls-naik', '"Harapan Lama Sekolah terjadi kenaikan sebesar 0,02 poin dari 12,65 tahun pada 2023 menjadi 12,67 tahun pada 2024"',
          'change.point', '0,02', 1388, [n('12,65', 1388, 'HLS 2023'), n('12,67', 1388, 'HLS 2024')]),
        f('rls-naik', '"Lama rata-rata Sekolah naik 0,03 poin menjadi 7,87 tahun" (7,83 in 2023, Tabel 2.2)',
          'change.point', '0,03', 1388, [n('7,83', 1383, 'RLS 2023 (Tabel 2.2)'), n('7,87', 1388, 'RLS 2024')]),
        f('pengeluaran-naik', '"Rp.12.050.000/jiwa ... naik sebesar Rp.521.000/jiwa/tahun jika dibandingkan dengan tahun 2023 sebesar Rp.11.449.000"',
          'change.point', 'Rp.521.000', 1405, [n('Rp.11.449.000', 1405, 'pengeluaran 2023'), n('Rp.12.050.000', 1405, 'pengeluaran 2024')]),
        f('pengeluaran-persen', '"... atau sebesar 4,5%" (the same sentence\'s Rp.11.449.000 and Rp.12.050.000)',
          'change.percent', '4,5%', 1405, [n('Rp.11.449.000', 1405, 'pengeluaran 2023'), n('Rp.12.050.000', 1405, 'pengeluaran 2024')]),
        f('pengeluaran-rata-rata', '"rata-rata Rp.342/jiwa/tahun sejak tahun 2020" (Rp 000; Tabel 2.2 10.654 in 2020, 12.020 in 2024)',
          'average-change.absolute', '342', 1405, [n('10.654', 1384, 'pengeluaran 2020 (Rp 000)'), n('12.020', 1384, 'pengeluaran 2024 (Rp 000)'), years(4, '2020-2024')]),
        f('miskin-turun', '"turun sebanyak 6.030 jiwa jika dibandingkan dengan tahun 2023 sebesar 101.940 jiwa" (95.910 in 2024)',
          'change.point', '6.030', 1409, [n('101.940', 1409, 'miskin 2023'), n('95.910', 1409, 'miskin 2024')], magnitude=True),
        f('miskin-rata-rata', '"rata-rata sebanyak 5.570 jiwa per tahun" (112.620 in 2021 to 95.910 in 2024, as the paragraph states)',
          'average-change.absolute', '5.570', 1409, [n('112.620', 1409, 'miskin 2021'), n('95.910', 1409, 'miskin 2024'), years(3, '2021-2024')], magnitude=True),
        f('miskin-rata-rata-persen', '"atau sebesar minus -5,13%" (mean of the yearly % changes of 112.620, 101.940, 101.940, 95.910 as the paragraph states them)',
          'average-change.mean-yoy', '-5,13%', 1409,
          [n('112.620', 1409, 'miskin 2021'), n('101.940', 1409, 'miskin 2022 (as the text states it)'), n('101.940', 1409, 'miskin 2023'), n('95.910', 1409, 'miskin 2024')]),
        f('miskin-2021-2022', '"Penurunan ... 2021-2022, yakni sebesar 10.680 jiwa, dari 112.620 jiwa ... menjadi 101.940 jiwa"',
          'change.point', '10.680', 1409, [n('112.620', 1409, 'miskin 2021'), n('101.940', 1409, 'miskin 2022')], magnitude=True),
        f('persen-miskin-rata-rata', '"rata-rata sebesar -0,50% per tahun" (points per year; Tabel 2.4 9,65 in 2021, 8,16 in 2024)',
          'average-change.absolute', '-0,50%', 1413, [n('9,65', 1425, 'persen miskin 2021'), n('8,16%', 1425, 'persen miskin 2024'), years(3, '2021-2024')]),
        f('persen-miskin-menurun', '"Angka ini menurun rata-rata 5,36% per tahun" (mean of the yearly % changes, Tabel 2.4 2021-2024)',
          'average-change.mean-yoy', '5,36%', 1413, [n(t, 1425, 'persen miskin %d' % y) for t, y in poor], magnitude=True),
        f('per-kapita-naik', '"naik sebesar Rp.1.988.806 /jiwa/tahun ... dari sebesar Rp.35.811.655 ... menjadi Rp.37.810.461"',
          'change.point', 'Rp.1.988.806', 1513, [n('Rp.35.811.655', 1513, 'per kapita 2023'), n('Rp.37.810.461', 1513, 'per kapita 2024')]),
        f('penduduk-naik', '"naik sebanyak 10.100 jiwa dari tahun sebelumnya 2023" (1.253.550 in 2023, 1.263.650 in 2024)',
          'change.point', '10.100', 275, [n('1.253.550', 275, 'penduduk 2023'), n('1.263.650', 275, 'penduduk 2024')]),
        f('penduduk-persen', '"... atau sebesar 0,81%" (the same sentence\'s 1.253.550 and 1.263.650)',
          'change.percent', '0,81%', 275, [n('1.253.550', 275, 'penduduk 2023'), n('1.263.650', 275, 'penduduk 2024')]),
        f('kepadatan-naik', '"naik rata-rata 6,8 jiwa km2 dari tahun 2023 sebesar 919,79 jiwa/km2" (926,59 in 2024, line 277)',
          'change.point', '6,8', 281, [n('919,79', 281, 'kepadatan 2023'), n('926,59', 277, 'kepadatan 2024')]),
        f('kanigoro-kepadatan-tertinggi', '"Tingkat kepadatan penduduk tertinggi di Kecamatan Kanigoro yaitu sebanyak 1.798 jiwa/km2" (81.485 jiwa, Tabel 1.2 luas 45,32)',
          'density', '1.798', 281, [n('81.485', 281, 'penduduk Kanigoro'), n('45,32', 252, 'luas Kanigoro (Tabel 1.2)')]),
        f('kanigoro-kepadatan', '"Kanigoro ... 81.485 jiwa ... luas wilayah seluas 55,55 km2 ... kepadatan ... 1.466,88 jiwa/km2" (the same paragraph\'s numbers)',
          'density', '1.466,88', 281, [n('81.485', 281, 'penduduk Kanigoro'), n('55,55', 281, 'luas Kanigoro (as the text states it)')]),
        f('kanigoro-luas', '"luas wilayah seluas 55,55 km2" = Tabel 1.2 luas Kanigoro', 'identity', '55,55', 281,
          [n('45,32', 252, 'luas Kanigoro (Tabel 1.2)')]),
        f('sex-ratio', '"Sex Ratio penduduk Kabupaten Blitar tahun 2024 sebesar 101,07" (Tabel 2.5 laki-laki / perempuan × 100)',
          'sex-ratio', '101,07', 285, [n('633.732', 1465, 'laki-laki (Tabel 2.5)'), n('627.967', 1466, 'perempuan (Tabel 2.5)')]),
        f('usia-kerja', '"usia kerja yaitu usia 15-60 tahun sebanyak 808.456 jiwa" = perempuan 401.383 + laki-laki 407.073 usia kerja',
          'sum', '808.456', 287, [n('401.383', 287, 'perempuan usia kerja'), n('407.073', 287, 'laki-laki usia kerja')]),
        f('ketergantungan', '"tingkat ketergantungan ... 1,78 poin, ... setiap 1,78 orang usia kerja menanggung 1 orang usia tidak produktif" (usia kerja / (penduduk − usia kerja); the inverse of the BPS dependency ratio)',
          'dependency.workers-per-dependent', '1,78', 287, [n('808.456', 287, 'usia kerja 15-60'), n('1.263.650', 271, 'penduduk 2024 (Tabel 1.2)')]),
        f('pns-turun', '"penurunan sebesar 523 personil jika dibandingkan dengan tahun 2023 yaitu sebanyak 6.383 personil" (5.860 in 2024)',
          'change.point', '523', 416, [n('6.383', 416, 'PNS 2023'), n('5.860', 416, 'PNS 2024')], magnitude=True),
        f('pns-jumlah', 'PNS 2024 5.860 = laki-laki 2.232 + perempuan 3.628', 'sum', '5.860', 416,
          [n('2.232', 416, 'PNS laki-laki'), n('3.628', 416, 'PNS perempuan')]),
        f('pns-laki-laki', '"PNS laki-laki sebanyak 2.232 orang (38,08%)" of 5.860', 'share', '38,08%', 416,
          [n('2.232', 416, 'PNS laki-laki'), n('5.860', 416, 'PNS 2024')]),
        f('pns-perempuan', '"PNS perempuan sebanyak 3.628 orang (61,91%)" of 5.860', 'share', '61,91%', 416,
          [n('3.628', 416, 'PNS perempuan'), n('5.860', 416, 'PNS 2024')]),
        f('pns-s1', '"Sarjana Strata 1 (S-1) sejumlah 3.859 orang (65,85%)" of the 5.860 PNS (line 416)', 'share', '65,85%', 517,
          [n('3.859', 517, 'PNS S-1'), n('5.860', 416, 'PNS 2024')]),
        f('pns-s3', '"S-3 yaitu sejumlah 3 orang atau 0,02% dari total PNS" (5.860, line 416)', 'share', '0,02%', 517,
          [n('3', 517, 'PNS S-3'), n('5.860', 416, 'PNS 2024')]),
        f('pendapatan-naik', '"naik sebesar Rp.146.055.548.558,63 ... dibandingkan dengan pendapatan tahun 2023 sebesar Rp.2.515.747.374.072,44" (2024: 2.661.802.922.631,07)',
          'change.point', 'Rp.146.055.548.558,63', 525,
          [n('Rp.2.515.747.374.072,44', 525, 'pendapatan 2023'), n('2.661.802.922.631,07', 525, 'pendapatan 2024')]),
        f('pendapatan-persen', '"... atau 5,81%" (the same sentence\'s 2023 and 2024 pendapatan)', 'change.percent', '5,81%', 525,
          [n('Rp.2.515.747.374.072,44', 525, 'pendapatan 2023'), n('2.661.802.922.631,07', 525, 'pendapatan 2024')]),
        f('pad-pertumbuhan', '"PAD dengan pertumbuhan sebesar 9,36%" (Tabel 1.7 PAD 2023 and 2024)', 'change.percent', '9,36%', 525,
          [n('411.642.913.437,44', 531, 'PAD 2023 (Tabel 1.7)'), n('450.176.248.736,07', 531, 'PAD 2024 (Tabel 1.7)')]),
        f('transfer-pertumbuhan', '"pertumbuhan dana transfer yaitu sebesar 5,11%" (Tabel 1.7 Dana Transfer 2023 and 2024)', 'change.percent', '5,11%', 525,
          [n('2.104.104.460.635', 532, 'Dana Transfer 2023 (Tabel 1.7)'), n('2.211.626.673.895', 532, 'Dana Transfer 2024 (Tabel 1.7)')]),
        f('kontribusi-pad', '"Kontribusi PAD terhadap pendapatan ... sebesar 16,91%" (Tabel 1.7 PAD 2024 / Pendapatan Daerah 2024)', 'share', '16,91%', 525,
          [n('450.176.248.736,07', 531, 'PAD 2024 (Tabel 1.7)'), n('2.661.802.922.631,07', 534, 'Pendapatan Daerah 2024 (Tabel 1.7)')]),
        f('desa-mandiri', '"Realisasi Persentase Desa Mandiri ... Tahun 2024 adalah 50,45" (Σ desa mandiri / Σ desa × 100)', 'desa-mandiri', '50,45', 2899,
          [{'name': 'desa mandiri', 'value': None, 'printed': None, 'source': None,
            'note': 'the number of desa mandiri is not printed (only a chart of desa status)'},
           n('220', 182, 'desa (kelurahan excluded)')]),
        f('irb-selisih', '"Realisasi ini sebesar 84,42 melebihi sebesar 12,84 dari target 71,40" (Indeks Reformasi Birokrasi)',
          'change.point', '12,84', 2665, [n('71,40', 2665, 'target'), n('84,42', 2665, 'realisasi')], magnitude=True),
    ]
    return [table('text', 'Figures stated in the text of Bab I-II (transcribed by hand)', None, figs)]


def chapter3():
    """Bab III Tugas Pembantuan (docs/methods.md#budget): the realisation % of the one co-administration task, in the
    text (line 3877) and in the matrix (line 3914), transcribed by hand."""
    figs = [hfig('3.2/3877/persen', 'Tugas Pembantuan Pasar Nglegok (text): realisasi anggaran %', 'budget.realization', '97,66%', 3877,
                 [printed('anggaran', 'Rp.3.000.000.000,00', 3877), printed('realisasi', 'Rp.2.929.868.258,00', 3877)]),
            hfig('3.2/3914/persen', 'Matriks Tugas Pembantuan, Pasar Nglegok: realisasi anggaran %', 'budget.realization', '97,66%', 3914,
                 [printed('anggaran', 'Rp.3.000.000.000', 3914), printed('realisasi', 'Rp.2.929.868.258', 3914)])]
    return [table('3.2', 'Bab III Tugas Pembantuan dari Pemerintah Pusat (Pasar Nglegok)', [3877, 3914], figs,
                  note='transcribed by hand from lines 3877 and 3914')]


# --------------------------------------------------------------------------------------------- IKK
def ikk():
    out = []
    for t in load('ikk-2-2-1-and-2-2-2.json')['tables']:
        figs = []
        for r in t['rows']:
            c, line = r['cells'], r['line']
            if not isinstance(c[3], dict):
                continue
            code = text_of(c[0])
            figs.append(fig('ikk-%s/%s' % (t['id'], code), '%s %s' % (code, c[2]), 'ikk.ratio', c[3], line,
                            [{'name': 'pembilang', 'value': None, 'printed': None, 'source': None, 'note': 'numerator not printed'},
                             {'name': 'penyebut', 'value': None, 'printed': None, 'source': None, 'note': 'denominator not printed'}]))
        out.append(table('ikk-' + t['id'], '§%s %s' % (t['id'], t['title']), t['lines'], figs))
    return out


# --------------------------------------------------------------------------------------------- SPM
def pv(id_, value, line):
    if value is None:
        return None
    return {'id': id_, 'reported': Decimal(repr(value)).quantize(Decimal('0.01')), 'decimals': 2, 'source': line}


def count(c, id_):
    o = {'name': c.get('name') or c.get('label'), 'unit': c.get('unit'), 'target': Decimal(repr(c['target'])),
         'realized': Decimal(repr(c['realized'])), 'source': c.get('line')}
    cap = pv(id_, c.get('reportedCapaian'), c.get('line'))
    if cap:
        o['capaian'] = cap
    return o


def spm():
    order = ['pendidikan', 'kesehatan', 'pekerjaan-umum', 'perumahan-rakyat', 'trantibumlinmas', 'sosial']
    out = []
    for key in order:
        with open(os.path.join(SPM, key + '.json'), encoding='utf-8') as f:
            d = json.load(f)
        u = {'id': 'spm/' + key, 'name': d['urusan'], 'section': d['section']}
        idx = pv('spm/%s/indeks' % key, d.get('reportedIndex'), d.get('reportedIndexLine'))
        if idx:
            u['index'] = idx
        if d.get('reportedCategory'):
            u['category'] = {'id': 'spm/%s/kategori' % key, 'reportedText': d['reportedCategory'], 'source': d.get('reportedIndexLine')}
        if d.get('subUrusan'):
            u['subUrusan'] = []
            for s in d['subUrusan']:
                so = {'name': s['name']}
                i = pv('spm/%s/%s/indeks' % (key, s['name'].lower()), s.get('reportedIndex'), s.get('line'))
                if i:
                    so['index'] = i
                u['subUrusan'].append(so)
        u['services'] = []
        for s in d['services']:
            sid = 'spm/%s/%s%d' % (key, (s['subUrusan'].lower() + '/') if s.get('subUrusan') else '', s['no'])
            so = {'no': s['no'], 'name': s['name'], 'source': s['line']}
            if s.get('subUrusan'):
                so['subUrusan'] = s['subUrusan']
            i = pv(sid + '/indeks', s.get('reportedIndex'), s['line'])
            if i:
                so['index'] = i
            so['recipients'] = count(s['recipients'], sid + '/penerima')
            q = pv(sid + '/mutu', s.get('qualityReportedCapaian'), s.get('qualityHeaderLine'))
            if q:
                so['quality'] = q
            so['qualityGroups'] = []
            for gi, g in enumerate(s['qualityGroups'], start=1):
                gid = '%s/mutu/%s' % (sid, (g['name'] or str(gi)).lower().replace(' ', '-'))
                go = {'name': g['name'], 'items': [count(it, '%s/%d' % (gid, it['no'])) for it in g['items']]}
                c = pv(gid, g.get('reportedCapaian'), g.get('line'))
                if c:
                    go['capaian'] = c
                so['qualityGroups'].append(go)
            u['services'].append(so)
        out.append(u)
    return out


# --------------------------------------------------------------------------------------------- output
def dump(o, indent=0):
    pad = '  ' * indent
    if isinstance(o, dict):
        o = {k: v for k, v in o.items() if v is not None or k in ('value', 'reported')}
        if all(not isinstance(v, (dict, list)) for v in o.values()):
            return '{' + ', '.join('%s: %s' % (json.dumps(k), dump(v)) for k, v in o.items()) + '}'
        return '{\n' + ',\n'.join('%s  %s: %s' % (pad, json.dumps(k), dump(v, indent + 1)) for k, v in o.items()) + '\n' + pad + '}'
    if isinstance(o, list):
        if not o:
            return '[]'
        if all(not isinstance(v, (dict, list)) for v in o):
            return '[' + ', '.join(dump(v) for v in o) + ']'
        return '[\n' + ',\n'.join(pad + '  ' + dump(v, indent + 1) for v in o) + '\n' + pad + ']'
    if isinstance(o, Decimal):
        return str(o) if o == o.to_integral_value() or 'E' not in str(o) else format(o, 'f')
    return json.dumps(o, ensure_ascii=False)


TABLES = chapter1() + revenue_and_expenditure() + [budget_1_12()] + macro() + ikk() + accountability() + [cross_tables()] + narrative() + chapter3()
doc = {
    'title': 'Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) Kabupaten Blitar Tahun 2024',
    'region': 'Kabupaten Blitar',
    'year': 2024,
    'source': '000_9361264a1f3afe5e.txt',
    'note': 'Transcribed as printed from the report; built by build-blitar-2024.py from the transcriptions in tests/TestData/lppd-2024 and tests/TestData/spm. '
            'Every number is the printed one; none is recomputed.',
    'tables': TABLES + [budget_identities(TABLES)],
    'spm': spm(),
}
sys.stdout.write(dump(doc) + '\n')
