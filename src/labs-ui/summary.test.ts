import { describe, expect, it } from 'vitest';
import { labById } from '../labs/catalogue';
import type { HistoryEntry } from '../labs/types';
import { formatDuration, summarizeLab } from './summary';

const refused = (code: string, rule?: string): HistoryEntry => ({ action: { type: 'ec2:AttachVolume' }, ok: false, code, ...(rule ? { rule } : {}), events: [] });
const accepted: HistoryEntry = { action: { type: 'ec2:DetachVolume' }, ok: true, events: [] };

describe('summarizeLab', () => {
  it('counts actions against the reference, groups refusals, explains them from the rule catalogue', () => {
    const lab = labById('ebs-move')!;
    const history = [accepted, refused('InvalidVolume.ZoneMismatch', 'ebs.attach.same-az'), refused('InvalidVolume.ZoneMismatch', 'ebs.attach.same-az'), refused('Odd.Code')];
    const s = summarizeLab(lab, history, 1_000, 126_000);
    expect(s.durationMs).toBe(125_000);
    expect(s.actions).toBe(4);
    expect(s.reference).toBe(lab.solution.length);
    expect(s.refusals).toHaveLength(2);
    expect(s.refusals[0]).toMatchObject({ code: 'InvalidVolume.ZoneMismatch', count: 2, staged: true });
    expect(s.refusals[0]?.entry?.section).toBe('EC2 Architecture and Resilience');
    expect(s.refusals[0]?.entry?.concept.length).toBeGreaterThan(20);
    expect(s.refusals[1]).toMatchObject({ code: 'Odd.Code', count: 1, staged: false });
    expect(s.refusals[1]?.entry).toBeUndefined();
  });

  it('formats durations for people', () => {
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(245_000)).toBe('4 min 05 s');
    expect(formatDuration(3_720_000)).toBe('1 h 02 min');
  });
});
