// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exportCsv, neutraliseCell, parseCsv, parseLibraryCsv, restoreCell } from '../../../src/exchange/csv';
import { prompt, sampleLibrary } from './helpers';
import { emptyRecords } from '../../../src/exchange/records';

let n = 0;
const newId = () => `csv${++n}`;
const lib = (...prompts: ReturnType<typeof prompt>[]) => ({ ...emptyRecords(), prompts });

describe('CSV export', () => {
  it('starts with a UTF-8 byte-order mark so Excel shows Arabic', () => {
    const csv = exportCsv(sampleLibrary());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('الرياض عند الغروب 🌇');
  });

  it('has one row per prompt under a header', () => {
    const rows = parseCsv(exportCsv(sampleLibrary()).slice(1));
    expect(rows[0]?.slice(0, 3)).toEqual(['id', 'title', 'prompt']);
    expect(rows).toHaveLength(3);
  });

  // Every way a spreadsheet may still read a formula: the sign itself, its full-width and small
  // forms, and any of them behind whitespace, control or invisible characters.
  const signs = ['=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫'];
  const leads = ['', ' ', '   ', '\t', '\r', '\n', '\r\n', '\u00a0', '\u3000', '\u0000', '\u0001', '\u001f', '\u007f', '\u200b', '\u200e', '\u202e', '\ufeff', ' \t\n '];

  it('cells that a spreadsheet would run as formulas are neutralised, after any leading whitespace or control character', () => {
    for (const lead of leads) {
      for (const sign of signs) {
        const cell = `${lead}${sign}HYPERLINK("http://evil")`;
        expect(neutraliseCell(cell), JSON.stringify(cell)).toBe(`'${cell}`);
      }
    }
  });

  it('a cell starting with a tab, CR or LF is neutralised even without a formula sign', () => {
    for (const lead of ['\t', '\r', '\n']) expect(neutraliseCell(`${lead}plain`)).toBe(`'${lead}plain`);
  });

  it('ordinary text, and signs later in a cell, are left alone', () => {
    for (const cell of ['Dusk over Riyadh', 'a = b', 'x-ray', "it's", 'الرياض = مدينة', '']) expect(neutraliseCell(cell)).toBe(cell);
  });

  it('neutralising is undone exactly on import, even for text that already starts with quotes', () => {
    const cells = [...leads.flatMap((lead) => signs.map((sign) => `${lead}${sign}1`)), "'=1", "''=1", "'plain", "'", "''", '\tplain'];
    for (const cell of cells) expect(restoreCell(neutraliseCell(cell)), JSON.stringify(cell)).toBe(cell);
  });

  it('every formula prefix survives export and import of a prompt as typed, and no exported cell starts with a sign', () => {
    const texts = leads.flatMap((lead) => signs.map((sign) => `${lead}${sign}SUM(A1) then`));
    const prompts = texts.map((text, i) => prompt(`p${i}`, { text }));
    const csv = exportCsv(lib(...prompts));
    for (const row of parseCsv(csv).slice(1)) for (const cell of row) expect(cell, JSON.stringify(cell)).not.toMatch(/^[\s\p{Cc}\p{Cf}]*[=+\-@＝＋－＠﹦﹢﹣﹫]/u);
    const back = parseLibraryCsv(csv, 0, newId);
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    const byId = new Map(back.value.records.prompts.map((p) => [p.id, p.text]));
    expect(prompts.map((p) => byId.get(p.id))).toEqual(texts);
  });

  it('the cells of a formula-looking prompt are all neutralised in the file', () => {
    const csv = exportCsv(lib(prompt('p1', { title: '=1+1', text: '@SUM(A1)', tags: ['-2'] })));
    expect(csv).not.toMatch(/(^|,)"?[=+\-@]/m);
  });

  it('text with commas, quotes and newlines survives a round trip', () => {
    const original = prompt('p1', { title: 'He said "cut", then left', text: 'line one,\nline two\r\n"three"', tags: ['a', 'b'] });
    const back = parseLibraryCsv(exportCsv(lib(original)), 0, newId);
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    expect(back.value.records.prompts[0]).toMatchObject({ id: 'p1', title: original.title, text: original.text, tags: ['a', 'b'] });
  });

  it('a formula-looking title comes back as typed after export and import', () => {
    const back = parseLibraryCsv(exportCsv(lib(prompt('p1', { title: '=1+1' }))), 0, newId);
    expect(back.ok && back.value.records.prompts[0]?.title).toBe('=1+1');
  });
});

describe('CSV import', () => {
  it('needs only title and prompt columns, and makes one version per prompt', () => {
    const result = parseLibraryCsv('Title,Prompt\nDusk,"A city, at dusk"\n', 1234, newId);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.records.prompts[0]).toMatchObject({ title: 'Dusk', text: 'A city, at dusk', rev: 1, createdAt: 1234 });
    expect(result.value.records.versions).toHaveLength(1);
  });

  it('a file without a prompt column is refused, naming the column', () => {
    expect(parseLibraryCsv('title,notes\na,b\n', 0, newId)).toEqual({ ok: false, error: { kind: 'invalidData', problems: [{ item: 'file', index: 0, field: 'prompt', problem: { code: 'missingColumn' } }], more: 0 } });
  });

  it('reads semicolon-separated files from European spreadsheets', () => {
    const result = parseLibraryCsv('title;prompt\nA;B, with a comma\n', 0, newId);
    expect(result.ok && result.value.records.prompts[0]?.text).toBe('B, with a comma');
  });

  it('accepts Arabic column names', () => {
    const result = parseLibraryCsv('العنوان,الأمر\nغروب,لقطة واسعة\n', 0, newId);
    expect(result.ok && result.value.records.prompts[0]).toMatchObject({ title: 'غروب', text: 'لقطة واسعة' });
  });

  it('row 600 with a text that is too long refuses the file and is named', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `t${i},${i === 599 ? 'x'.repeat(20_001) : 'ok'}`);
    const result = parseLibraryCsv(`title,prompt\n${rows.join('\n')}\n`, 0, newId);
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.kind === 'invalidData') expect(result.error.problems[0]).toMatchObject({ item: 'prompt', index: 600, field: 'text' });
  });

  it('quoted fields may hold newlines and doubled quotes', () => {
    expect(parseCsv('a,"b\nc ""d""",e\r\n1,2,3')).toEqual([
      ['a', 'b\nc "d"', 'e'],
      ['1', '2', '3'],
    ]);
  });
});
