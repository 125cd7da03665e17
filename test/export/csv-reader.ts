/**
 * A small RFC 4180 reader for tests: fields separated by commas, records by CRLF or LF,
 * quoted fields may hold commas, line breaks and doubled quotes. Each field is returned with
 * whether it was quoted, because the export writes an empty string as `""` and a missing
 * value as nothing.
 */
export interface CsvField {
  readonly text: string;
  readonly quoted: boolean;
}

export function readCsv(text: string): CsvField[][] {
  const records: CsvField[][] = [];
  let record: CsvField[] = [];
  let i = 0;
  const endRecord = () => {
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    let field = '';
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += text[i];
        i += 1;
      }
    } else {
      while (i < text.length && !',\r\n'.includes(text[i]!)) {
        if (text[i] === '"') throw new Error(`a quote inside an unquoted field at ${i}`);
        field += text[i];
        i += 1;
      }
    }
    record.push({ text: field, quoted });
    if (text[i] === ',') {
      i += 1;
    } else if (text[i] === '\r' && text[i + 1] === '\n') {
      i += 2;
      endRecord();
    } else if (text[i] === '\n') {
      i += 1;
      endRecord();
    } else if (i < text.length) {
      throw new Error(`unexpected ${JSON.stringify(text[i])} after a quoted field at ${i}`);
    }
  }
  if (record.length > 0) endRecord();
  return records;
}
