/**
 * Reading CSV back in tests, and what makes a spreadsheet cell a formula, written from
 * the OWASP guidance rather than from escape.ts, so the two do not share blind spots.
 * Tests only.
 */

/**
 * The characters a cell must not begin with (OWASP, "CSV Injection": equals, plus,
 * minus, at, tab, carriage return, line feed), and the NUL that the ASVS (1.2.10) adds.
 */
export const OWASP_FORMULA_STARTS: readonly string[] = [
  '=',
  '+',
  '-',
  '@',
  '\u0009',
  '\u000d',
  '\u000a',
  '\u0000',
];

/** True when a spreadsheet could read this cell as a formula. */
export function startsFormula(cell: string): boolean {
  return cell.length > 0 && OWASP_FORMULA_STARTS.includes(cell.charAt(0));
}

/** RFC 4180 reader: quoted cells, doubled quotes, CRLF between rows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
