/** The simulator's own controls: the clock, the bill, load and traffic. */
import { instanceOptions } from '../forms/options';
import { selectedInstanceId } from '../defaults';
import { int, num, opt, select } from '../forms/fields';
import { family } from './types';

export const SIMULATION_ACTIONS = family('Simulation', [
  {
    type: 'sim:BillingView',
    label: 'Show the bill',
    form: {
      submitLabel: 'Show',
      fields: [select('InstanceId', 'Instance (optional)', instanceOptions, selectedInstanceId, { optional: true })],
      toParams: (v) => ({ ...opt('InstanceId', v.InstanceId) }),
    },
  },
  {
    type: 'sim:AdvanceTime',
    label: 'Advance time',
    form: {
      submitLabel: 'Advance',
      fields: [num('Seconds', 'Seconds', () => '3600', { help: 'Billing accrues, Spot notices expire, alarms evaluate.' })],
      toParams: (v) => ({ Seconds: int(v.Seconds) }),
    },
  },
  'sim:SetCpuLoad',
  'sim:SetMetricLoad',
  'sim:SendTraffic',
]);
