import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { BayFlowNode } from '../flow-types';
import { Caption } from './parts';

/** Physical lens: the AZ's EBS storage (volumes over the network, apart from any host), or instances on no host. */
export const BayNode = memo(function BayNode({ data }: NodeProps<BayFlowNode>) {
  const ebs = data.kind === 'ebs';
  return (
    <section
      aria-label={ebs ? `EBS storage in ${data.zoneName}` : `Instances on no host in ${data.zoneName}`}
      className={`h-full w-full rounded-xl border-2 border-dashed px-3 pt-2 ${ebs ? 'border-green-600/70 bg-green-50/60 dark:border-green-500/60 dark:bg-green-950/30' : 'border-slate-400 bg-slate-100/70 dark:border-slate-500 dark:bg-slate-800/50'}`}
    >
      <Caption className={ebs ? 'text-green-800 dark:text-green-300' : 'text-slate-700 dark:text-slate-300'}>
        {ebs ? 'EBS · network storage' : 'On no host now'}
      </Caption>
      {ebs && data.count === 0 && <p className="text-base text-slate-600 dark:text-slate-400">No volumes</p>}
    </section>
  );
});
