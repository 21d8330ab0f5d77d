/** One column of a table: its heading and how a row shows in it. */
export interface Column<Row> {
  readonly header: string;
  readonly value: (row: Row) => string;
  /** Numbers read better right-aligned. */
  readonly align?: 'left' | 'right';
}

const GAP = '  ';

/**
 * Rows as lines of aligned columns under a heading, for every list command. The last column is
 * not padded, so no line ends in spaces. Widths are terminal cells, not string lengths: an
 * incident title in Japanese or with an emoji is two cells a character and would push every
 * column after it out of line.
 */
export function formatTable<Row>(columns: readonly Column<Row>[], rows: readonly Row[], options: { heading?: boolean } = {}): string[] {
  const body = rows.map((row) => columns.map((c) => cleanCell(c.value(row))));
  const cells = options.heading === false ? body : [columns.map((c) => c.header), ...body];
  if (cells.length === 0) return [];
  const widths = columns.map((_, i) => Math.max(...cells.map((line) => displayWidth(line[i]!))));
  return cells.map((line) =>
    line
      .map((cell, i) => {
        const fill = ' '.repeat(widths[i]! - displayWidth(cell));
        if (columns[i]!.align === 'right') return fill + cell;
        return i === line.length - 1 ? cell : cell + fill;
      })
      .join(GAP)
      .trimEnd(),
  );
}

// Titles and messages come from alert payloads anyone with a routing key can send: a newline
// would break the row, and an escape sequence or bidi override would act on the terminal.
const CONTROL = /\p{Cc}+/gu;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/gu;

export function cleanCell(text: string): string {
  return text.replace(CONTROL, ' ').replace(BIDI_CONTROL, '');
}

const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;
const EMOJI = /\p{Emoji_Presentation}/u;

/** Terminal cells `text` takes: two for East Asian wide characters and emoji, none for combining marks. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (ZERO_WIDTH.test(char)) continue;
    const code = char.codePointAt(0)!;
    width += EMOJI.test(char) || isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo
    (code >= 0x2e80 && code <= 0x303e) || // CJK radicals, punctuation
    (code >= 0x3041 && code <= 0x33ff) || // kana, CJK symbols
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) || // CJK ideographs
    (code >= 0xa000 && code <= 0xa4cf) || // Yi
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) || // fullwidth forms
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** An instant for a table cell, in UTC to the minute: `2026-03-02 10:00`. Headings say "(UTC)". */
export function formatInstant(iso: string | null, options: { seconds?: boolean } = {}): string {
  if (iso === null) return '-';
  return iso.replace('T', ' ').slice(0, options.seconds ? 19 : 16);
}
