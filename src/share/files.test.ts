import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, parseScenarioFile, readScenarioFile, scenarioFileName, scenarioFileText } from './files';

describe('.ec2lab.json files', () => {
  it('wrap the link fragment, and give it back', () => {
    const text = scenarioFileText('s=1.abc', 'Two AZs', '2026-12-04T17:00:00.000Z');
    expect(JSON.parse(text)).toEqual({ format: 'ec2-lab-file', version: 1, title: 'Two AZs', savedAt: '2026-12-04T17:00:00.000Z', scenario: 's=1.abc' });
    expect(parseScenarioFile(text)).toEqual({ ok: true, fragment: 's=1.abc' });
  });

  it('also open a text file holding just a link or its fragment', () => {
    expect(parseScenarioFile('https://lab.example/#s=1.a-b_c\n')).toEqual({ ok: true, fragment: 's=1.a-b_c' });
    expect(parseScenarioFile('s=1.xyz')).toEqual({ ok: true, fragment: 's=1.xyz' });
  });

  it('are named after the title', () => {
    expect(scenarioFileName('Two AZs: ENIs & EIPs!')).toBe('two-azs-enis-eips.ec2lab.json');
    expect(scenarioFileName('')).toBe('ec2-lab.ec2lab.json');
    expect(scenarioFileName('<img src=x>')).toBe('img-src-x.ec2lab.json');
    expect(scenarioFileName('x'.repeat(300))).toHaveLength(60 + '.ec2lab.json'.length);
  });

  it('refuse what is not one, with a code and a sentence', () => {
    const code = (text: string) => {
      const r = parseScenarioFile(text);
      return r.ok ? 'ok' : r.code;
    };
    expect(code('not json')).toBe('file-not-json');
    expect(code('{"hello":"world"}')).toBe('file-not-ec2lab');
    expect(code('null')).toBe('file-not-ec2lab');
    expect(code('[]')).toBe('file-not-ec2lab');
    expect(code('{"format":"ec2-lab-file","version":2,"scenario":"s=1.a"}')).toBe('file-invalid');
    expect(code('{"format":"ec2-lab-file","version":1,"scenario":42}')).toBe('file-invalid');
    expect(code('{"format":"ec2-lab-file","version":1,"scenario":"s=1.a","__proto__":{"x":1}}')).toBe('ok');
    expect(code(' '.repeat(MAX_FILE_BYTES + 1))).toBe('file-too-large');
    const r = parseScenarioFile('{}');
    expect(!r.ok && r.message).toMatch(/not an ec2-lab file/);
  });

  it('recognise a guided-lab file from the lab builder and hand over its text (the builder’s code checks it)', () => {
    const text = JSON.stringify({ format: 'ec2-lab-lab', version: 1, title: 'x' });
    expect(parseScenarioFile(text)).toEqual({ ok: true, labFile: text });
  });

  it('are size-checked before they are read', async () => {
    const huge = { size: MAX_FILE_BYTES + 1, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    expect(await readScenarioFile(huge)).toMatchObject({ ok: false, code: 'file-too-large' });
    expect(await readScenarioFile(new Blob(['{"format":"ec2-lab-file","version":1,"scenario":"s=1.q"}']))).toEqual({
      ok: true,
      fragment: 's=1.q',
    });
  });
});
