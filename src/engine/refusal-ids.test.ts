import { describe, expect, it } from 'vitest';
import { refusalError } from './refusal';

describe('a refusal message names the ids involved (ENGINE_API rule 3)', () => {
  it("keeps AWS's wording first and adds the ids when the message names none of them", () => {
    const error = refusalError('eni.attach.limit', 'Interface count 3 exceeds the limit for t3.micro', {
      resources: ['i-0123456789abcdef0', 'eni-0123456789abcdef0', 'i-0123456789abcdef0'],
    });
    expect(error.message).toBe(
      'Interface count 3 exceeds the limit for t3.micro (instance i-0123456789abcdef0, network interface eni-0123456789abcdef0)',
    );
  });

  it('leaves a message alone when it already names one of its ids, or has none to name', () => {
    const named = refusalError('eni.in-use', 'Interface: [eni-0123456789abcdef0] in use.', {
      resources: ['eni-0123456789abcdef0', 'i-0123456789abcdef0'],
    });
    expect(named.message).toBe('Interface: [eni-0123456789abcdef0] in use.');
    expect(refusalError('vpc.cidr.size', "The CIDR '10.0.0.0/8' is invalid.").message).toBe("The CIDR '10.0.0.0/8' is invalid.");
  });

  it('leaves quotas and the access and scaling families with their own messages', () => {
    expect(refusalError('eip.quota', 'The maximum number of addresses has been reached.', { resources: ['eipalloc-1'] }).message).toBe(
      'The maximum number of addresses has been reached.',
    );
    expect(refusalError('ssh.permission-denied', 'Permission denied (publickey).', { resources: ['i-1'] }).message).toBe(
      'Permission denied (publickey).',
    );
  });
});
