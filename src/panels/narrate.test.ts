import { describe, expect, it } from 'vitest';
import { clockLabel, elapsedLabel, narrate, scopeLabel } from './narrate';
import { courseHref, courseSlug } from '../view-model/course-links';

describe('timeline narration', () => {
  it('tells what happened, in the engine’s own sentences', () => {
    const n = narrate({
      id: 1,
      at: 0,
      action: 'ec2:RunInstances',
      ok: true,
      events: [{ type: 'instance-state', message: 'i-1 went from pending to running.' }],
    });
    expect(n).toEqual({ title: 'Launch instances', lines: ['i-1 went from pending to running.'], tone: 'done' });
  });

  it('shows refusals with their message', () => {
    const n = narrate({ id: 2, at: 0, action: 'ec2:CreateSubnet', ok: false, events: [], message: 'The CIDR is invalid.' });
    expect(n).toEqual({ title: 'Create subnet — refused', lines: ['The CIDR is invalid.'], tone: 'refused' });
  });

  it('shows undo and redo as history', () => {
    expect(narrate({ id: 3, at: 0, action: 'lab:Undo', ok: true, events: [], message: 'Undid ec2:CreateVpc' })).toEqual({
      title: 'Undid ec2:CreateVpc',
      lines: [],
      tone: 'history',
    });
  });

  it('reads the logical clock', () => {
    expect([0, 59, 150, 3900, 90000].map(clockLabel)).toEqual(['0s', '59s', '2m 30s', '1h 05m', '1d 1h']);
  });

  it('names the scope a refusal crossed', () => {
    expect(scopeLabel({ kind: 'availability-zone', from: 'us-east-1a', to: 'us-east-1b' })).toEqual({
      kind: 'Availability Zone',
      from: 'us-east-1a',
      to: 'us-east-1b',
    });
  });
});

describe('course links', () => {
  it('slugs section headings', () => {
    expect(courseSlug('Elastic IP address')).toBe('elastic-ip-address');
    expect(courseSlug('Dedicated Hosts [OOS]')).toBe('dedicated-hosts');
    expect(courseSlug('EC2 Network Interfaces, Instance IPs and DNS')).toBe('ec2-network-interfaces-instance-ips-and-dns');
    expect(courseHref('Amazon Machine Image (AMI)')).toBe('#course/amazon-machine-image-ami');
  });
});

describe('elapsedLabel', () => {
  it('shows the simulated time since the start, not 0s for every step', () => {
    expect([0, 45, 120, 3900, 90000].map(elapsedLabel)).toEqual(['start', '+45 s', '+2 min', '+1 h 05 min', '+1 d 1 h']);
  });
});
