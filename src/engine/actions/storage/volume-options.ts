import type { Params } from '../../params';
import { refuse } from '../../refusal';

/** Multi-Attach: only io1/io2 volumes can have it, and the lab attaches a volume to one instance at a time. */
export function checkMultiAttach(p: Params, volumeType: string): void {
  if (!p.optBool('MultiAttachEnabled')) return;
  if (volumeType !== 'io1' && volumeType !== 'io2') {
    refuse('request.invalid-combination', `Multi-Attach is supported only for io1 and io2 volumes, not ${volumeType}.`, {
      scope: { kind: 'parameter', to: 'MultiAttachEnabled' },
    });
  }
  refuse('request.unsupported-member', 'The parameter MultiAttachEnabled of ec2:CreateVolume is not supported by the lab: it attaches each volume to one instance at a time.', {
    scope: { kind: 'parameter', to: 'MultiAttachEnabled' },
  });
}
