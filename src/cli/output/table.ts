/** `--output table` (reference/aws-cli.md (d) "table"): awscli's TableFormatter building sections from the result. */
import { isScalar, pyStr, sortKeys } from './pystr';
import { addHeader, addRow, newSection, renderSections, type Section } from './table-layout';

type Obj = Record<string, unknown>;

class Builder {
  sections: Section[] = [];
  private current: Section | undefined;

  private section(): Section {
    if (!this.current) this.sections.push((this.current = newSection('', 0)));
    return this.current;
  }

  build(title: string | undefined, value: unknown, indent = 0): boolean {
    if (isFalsy(value)) return false;
    if (title !== undefined) this.sections.push((this.current = newSection(title, indent)));
    if (Array.isArray(value)) {
      if (value[0] && typeof value[0] === 'object' && !Array.isArray(value[0])) this.fromList(value as Obj[], indent, title ?? '');
      else this.scalarRows(value);
    } else if (value && typeof value === 'object') this.fromDict(value as Obj, indent);
    return true;
  }

  private scalarRows(value: unknown[]): void {
    for (const item of value) {
      if (isScalar(item)) addRow(this.section(), [pyStr(item)]);
      else if (Array.isArray(item) && item.every(isScalar)) addRow(this.section(), item.map(pyStr));
      else this.build(undefined, item);
    }
  }

  private fromDict(value: Obj, indent: number): void {
    const [headers, more] = groupKeys([value]);
    if (headers.length === 1) addRow(this.section(), [headers[0]!, pyStr(value[headers[0]!])]);
    else if (headers.length) {
      addHeader(this.section(), headers);
      addRow(this.section(), headers.map((k) => pyStr(value[k])));
    }
    for (const key of more) this.build(key, value[key], indent + 1);
  }

  private fromList(value: Obj[], indent: number, title: string): void {
    const [headers, more] = groupKeys(value.filter((v) => v && typeof v === 'object'));
    addHeader(this.section(), headers);
    value.forEach((element, i) => {
      if (i > 0 && more.length) {
        this.sections.push((this.current = newSection(title, indent)));
        addHeader(this.current, headers);
      }
      addRow(this.section(), headers.map((h) => (h in element ? pyStr(element[h]) : '')));
      for (const key of more) if (key in element) this.build(key, element[key], indent + 1);
    });
  }
}

function isFalsy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (value && typeof value === 'object') return Object.keys(value).length === 0;
  return !value;
}

function groupKeys(items: Obj[]): [string[], string[]] {
  const headers = new Set<string>();
  const more = new Set<string>();
  for (const item of items) for (const [k, v] of Object.entries(item)) (isScalar(v) ? headers : more).add(k);
  return [sortKeys(headers), sortKeys(more)];
}

/** The table for `value` titled with the API operation name; empty when the result is falsy. */
export function formatTable(title: string, value: unknown): string {
  const builder = new Builder();
  if (!builder.build(title, value)) return '';
  return renderSections(builder.sections);
}
