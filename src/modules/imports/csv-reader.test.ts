import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, detectDelimiter, readCsv, type CsvRecord } from './csv-reader.ts';

async function all(input: string | AsyncIterable<string | Buffer>): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  for await (const r of readCsv(input)) out.push(r);
  return out;
}

async function* chunks(buf: Buffer, size: number) {
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

describe('readCsv', () => {
  it('detects the delimiter from the header line, ignoring quoted ones', () => {
    expect(detectDelimiter('a;b;c\n1,2;3')).toBe(';');
    expect(detectDelimiter('"a;b",c,d\n')).toBe(',');
    expect(detectDelimiter('a\tb\n')).toBe('\t');
    expect(detectDelimiter('single\n')).toBe(',');
  });

  it('handles a BOM, `;`, quotes with delimiters, doubled quotes and line breaks inside, CRLF', async () => {
    const csv = '\uFEFFИмя;Сумма\r\n"Иванов; Иван";"1 234,50"\r\n"He said ""hi""\r\nsecond line";5\r\n';
    expect(await all(csv)).toEqual([
      { line: 1, cells: ['Имя', 'Сумма'] },
      { line: 2, cells: ['Иванов; Иван', '1 234,50'] },
      { line: 3, cells: ['He said "hi"\nsecond line', '5'] },
    ]);
  });

  it('counts blank lines and multi-line fields in line numbers', async () => {
    const csv = 'a,b\n\n1,"x\ny\nz"\n\n\n2,3\n4,5';
    expect((await all(csv)).map((r) => r.line)).toEqual([1, 3, 8, 9]);
  });

  it('gives the same records whatever the chunk boundaries (CR at a boundary, UTF-8 split)', async () => {
    const csv = Buffer.from('\uFEFFname,note\r\nЁжик,"a\r\nb"\r\nБорис,ok\r\n');
    const whole = await all(csv.toString());
    for (const size of [1, 2, 3, 7]) expect(await all(chunks(csv, size))).toEqual(whole);
    expect(whole[2]).toEqual({ line: 4, cells: ['Борис', 'ok'] });
  });

  it('reports an unclosed quote with its line', async () => {
    await expect(all('a,b\n1,2\n3,"4\n5,6\n')).rejects.toThrow(CsvSyntaxError);
    await expect(all('a,b\n1,2\n3,"4\n5,6\n')).rejects.toThrow(/line 3: a quoted field is not closed/);
  });
});
