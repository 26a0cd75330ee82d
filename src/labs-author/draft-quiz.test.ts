import { describe, expect, it } from 'vitest';
import type { AuthoredStart } from '../labs/authoring';
import { draftToDoc, missing, type Draft } from './draft';

/** The builder's quiz: what it asks for before export, and what the document carries. */
const draft = (questions: Draft['questions']): Draft => ({ title: 't', summary: 's', minutes: 10, sections: [], steps: [], start: null, questions });

describe('the quiz in a draft', () => {
  it('asks for a prompt, words for every answer and a right answer', () => {
    const gaps = missing(draft([{ prompt: ' ', choices: [{ text: 'a', correct: false, explanation: '' }, { text: '', correct: false, explanation: '' }] }]));
    expect(gaps).toEqual(expect.arrayContaining(['a prompt for question 1', 'words for every answer of question 1', 'a right answer for question 1']));
    const ready = missing(draft([{ prompt: 'Why?', choices: [{ text: 'a', correct: true, explanation: '' }, { text: 'b', correct: false, explanation: 'no' }] }]));
    expect(ready.filter((g) => g.includes('question'))).toEqual([]);
  });

  it('exports the questions trimmed, and none when there are none', () => {
    const start = { actions: [] } as unknown as AuthoredStart;
    const doc = draftToDoc(draft([{ prompt: ' Why? ', choices: [{ text: ' a ', correct: true, explanation: ' yes ' }, { text: 'b', correct: false, explanation: '' }] }]), start);
    expect(doc.questions).toEqual([{ prompt: 'Why?', choices: [{ text: 'a', correct: true, explanation: 'yes' }, { text: 'b', correct: false, explanation: '' }] }]);
    expect(draftToDoc(draft([]), start).questions).toBeUndefined();
  });
});
