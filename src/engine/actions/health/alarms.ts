import type { MetricAlarm } from '../../model/health';
import { invalid, type Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { defineActions } from '../../action-def';
import { toSdkAlarm } from '../../shapes/alarms';
import { runAlarmEc2Action } from '../hooks/alarm-actions';
import { recoverUnsupportedReason } from './status-checks';

/**
 * CloudWatch metric alarms on EC2 instances, with EC2 alarm actions (`arn:aws:automate:<region>:ec2:recover`,
 * `reboot`, `stop`, `terminate`) (rules 78, 79).
 *
 * Alarms evaluate as sim:AdvanceTime moves the clock: the metric of the watched instance is read (status check
 * metrics are 1 when the check fails, else 0; CPUUtilization of the lab's idle instances is 0); an alarm whose
 * condition holds for Period × EvaluationPeriods seconds goes to ALARM and runs its actions once, on that
 * transition. A stopped or terminated instance sends no data: INSUFFICIENT_DATA.
 */

const OPERATORS = [
  'GreaterThanOrEqualToThreshold',
  'GreaterThanThreshold',
  'LessThanThreshold',
  'LessThanOrEqualToThreshold',
] as const;
type Operator = (typeof OPERATORS)[number];

const STATISTICS = ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'] as const;
const EC2_ACTIONS = ['recover', 'reboot', 'stop', 'terminate'] as const;
export type Ec2Action = (typeof EC2_ACTIONS)[number];

const AUTOMATE = /^arn:aws:automate:([a-z0-9-]+):ec2:([a-z]+)$/;

function parseAction(tx: Tx, arn: string): { kind: 'ec2'; action: Ec2Action } | { kind: 'other' } {
  const m = AUTOMATE.exec(arn);
  if (m) {
    const [, region, action] = m;
    if (!(EC2_ACTIONS as readonly string[]).includes(action ?? '') || region !== tx.region) {
      return refuse(
        'alarm.action.invalid',
        region !== tx.region
          ? `Invalid region ${region} specified. Only ${tx.region} is supported.`
          : `Invalid use of EC2 action '${action}'. Valid EC2 actions are recover, reboot, stop and terminate.`,
        { scope: { kind: 'parameter', to: 'AlarmActions' } },
      );
    }
    return { kind: 'ec2', action: action as Ec2Action };
  }
  if (/^arn:aws:(sns|swf|ssm|ssm-incidents|lambda|autoscaling):/.test(arn)) return { kind: 'other' };
  return refuse('alarm.action.invalid', `Invalid arn syntax: ${arn}`, { scope: { kind: 'parameter', to: 'AlarmActions' } });
}

function instanceDimension(alarm: Pick<MetricAlarm, 'dimensions'>): string | undefined {
  return alarm.dimensions.find((d) => d.Name === 'InstanceId')?.Value;
}

function alarmArn(tx: Tx, name: string): string {
  return `arn:aws:cloudwatch:${tx.region}:${tx.account}:alarm:${name}`;
}

/** The metric value now, or undefined when the instance sends no data (not running, unknown metric). */
export function metricValue(tx: Tx, alarm: MetricAlarm): number | undefined {
  if (alarm.namespace !== 'AWS/EC2') return undefined;
  const id = instanceDimension(alarm);
  const instance = id ? tx.get('instances', id) : undefined;
  if (!instance || instance.region !== alarm.region || instance.state !== 'running') return undefined;
  switch (alarm.metricName) {
    case 'StatusCheckFailed_System':
      return instance.status.system === 'impaired' ? 1 : 0;
    case 'StatusCheckFailed_Instance':
      return instance.status.instance === 'impaired' ? 1 : 0;
    case 'StatusCheckFailed':
      return instance.status.system === 'impaired' || instance.status.instance === 'impaired' ? 1 : 0;
    case 'CPUUtilization':
      return 0;
    default:
      return undefined;
  }
}

export function breaches(value: number, operator: string, threshold: number): boolean {
  switch (operator as Operator) {
    case 'GreaterThanOrEqualToThreshold':
      return value >= threshold;
    case 'GreaterThanThreshold':
      return value > threshold;
    case 'LessThanThreshold':
      return value < threshold;
    case 'LessThanOrEqualToThreshold':
      return value <= threshold;
    default:
      return false;
  }
}

function needed(alarm: MetricAlarm): number {
  return alarm.period * alarm.evaluationPeriods;
}

function setState(tx: Tx, alarm: MetricAlarm, state: MetricAlarm['state'], reason: string): MetricAlarm {
  const next = tx.update('alarms', alarm.arn, { state, stateReason: reason, stateUpdatedAt: tx.now });
  tx.event({
    type: 'alarm-state',
    message: `Alarm ${alarm.name} is ${state}: ${reason}`,
    resourceId: alarm.name,
    from: alarm.state,
    to: state,
  });
  return next;
}

/** Let `seconds` pass for every alarm: breaching time accumulates, OK/INSUFFICIENT_DATA are settled. */
export function advanceAlarms(tx: Tx, seconds: number): void {
  for (const alarm of tx.all('alarms')) {
    const value = metricValue(tx, alarm);
    if (value !== undefined && breaches(value, alarm.comparisonOperator, alarm.threshold)) {
      tx.update('alarms', alarm.arn, { breachingFor: alarm.breachingFor + seconds });
    } else if (alarm.breachingFor !== 0) {
      tx.update('alarms', alarm.arn, { breachingFor: 0 });
    }
  }
}

/** The next time an alarm will go to ALARM if nothing else changes. */
export function nextAlarmTime(tx: Tx): number | undefined {
  let next: number | undefined;
  for (const alarm of tx.all('alarms')) {
    if (alarm.state === 'ALARM') continue;
    const value = metricValue(tx, alarm);
    if (value === undefined || !breaches(value, alarm.comparisonOperator, alarm.threshold)) continue;
    const at = tx.now + Math.max(0, needed(alarm) - alarm.breachingFor);
    if (next === undefined || at < next) next = at;
  }
  return next;
}

/** Move every alarm to the state its metric calls for now; run the actions of those that just went to ALARM. */
export function evaluateAlarms(tx: Tx): void {
  const alarms = [...tx.all('alarms')].sort((a, b) => (a.arn < b.arn ? -1 : 1));
  for (const alarm of alarms) {
    const current = tx.get('alarms', alarm.arn);
    if (!current) continue;
    const value = metricValue(tx, current);
    if (value === undefined) {
      if (current.state !== 'INSUFFICIENT_DATA') {
        setState(tx, current, 'INSUFFICIENT_DATA', `no datapoints for ${current.metricName} (the instance is not running).`);
      }
      continue;
    }
    const breaching = breaches(value, current.comparisonOperator, current.threshold);
    if (!breaching) {
      if (current.state !== 'OK') {
        setState(tx, current, 'OK', `${current.metricName} is ${value}, not ${current.comparisonOperator} ${current.threshold}.`);
      }
      continue;
    }
    if (current.state === 'ALARM' || current.breachingFor < needed(current)) continue;
    const next = setState(
      tx,
      current,
      'ALARM',
      `Threshold Crossed: ${current.evaluationPeriods} datapoint(s) of ${current.metricName} were ${value} (${current.comparisonOperator} ${current.threshold}) over ${needed(current)} seconds.`,
    );
    if (next.actionsEnabled) runActions(tx, next);
  }
}

function runActions(tx: Tx, alarm: MetricAlarm): void {
  const id = instanceDimension(alarm);
  const instance = id ? tx.get('instances', id) : undefined;
  for (const arn of alarm.alarmActions) {
    const m = AUTOMATE.exec(arn);
    if (!m) {
      tx.event({ type: 'alarm-action', message: `Alarm ${alarm.name} notified ${arn}.`, resourceId: alarm.name });
      continue;
    }
    if (!instance) continue;
    const action = m[2] as Ec2Action;
    const rtx = tx.actingAs(instance.region, instance.ownerId);
    runAlarmEc2Action(rtx, alarm, instance, action);
  }
}

// --- actions --------------------------------------------------------------------------------------------------

/**
 * The actions of an alarm are valid: an EC2 action needs the alarm to watch an existing instance (AWS/EC2 with an
 * InstanceId dimension), and `recover` an instance that can be recovered. Returns the watched instance's ID.
 */
function checkEc2Actions(
  tx: Tx,
  namespace: string,
  dimensions: { Name: string; Value: string }[],
  actions: string[],
): string | undefined {
  const parsed = actions.map((arn) => parseAction(tx, arn));
  const ec2 = parsed.filter((a): a is { kind: 'ec2'; action: Ec2Action } => a.kind === 'ec2');
  const instanceId = dimensions.find((d) => d.Name === 'InstanceId')?.Value;
  if (ec2.length > 0 && (namespace !== 'AWS/EC2' || !instanceId)) {
    refuse(
      'alarm.ec2-action.needs-instance',
      'Invalid use of EC2 action. An EC2 action can only be used if the alarm is monitoring an EC2 instance.',
      { scope: { kind: 'parameter', to: 'Dimensions' } },
    );
  }
  if (instanceId && ec2.length > 0) {
    const instance = tx.find('instances', instanceId);
    if (!instance || instance.state === 'terminated') {
      refuse(
        'alarm.ec2-action.needs-instance',
        `Invalid use of EC2 '${capitalize(ec2[0]?.action ?? 'recover')}' action. ${instanceId} is not a valid EC2 instance.`,
        { resources: [instanceId], scope: { kind: 'parameter', to: 'Dimensions' } },
      );
    }
    if (ec2.some((a) => a.action === 'recover')) {
      const why = recoverUnsupportedReason(instance);
      if (why) {
        refuse(
          'alarm.recover.unsupported',
          `Invalid use of EC2 'Recover' action. ${instance.id} is not a valid EC2 instance for this action: ${why}.`,
          {
            resources: [instance.id],
            scope: { kind: 'parameter', to: 'AlarmActions' },
            fix: `Recovery needs EBS-only storage on shared or dedicated tenancy: use a reboot, stop or terminate action for ${instance.id}, or an EBS-only type such as c5.large.`,
          },
        );
      }
    }
  }
  return instanceId;
}

function putMetricAlarm(tx: Tx, p: Params) {
  const name = p.str('AlarmName');
  if (name.length > 255) invalid('AlarmName', name, 'It must be at most 255 characters.');
  const metricName = p.str('MetricName');
  const namespace = p.str('Namespace');
  const dimensions = (p.optObjList('Dimensions') ?? []).map((d) => ({ Name: d.str('Name'), Value: d.str('Value') }));
  const statistic = p.optEnum('Statistic', STATISTICS) ?? 'Average';
  const period = p.int('Period', 10, 86_400);
  if (period >= 60 && period % 60 !== 0) invalid('Period', period, 'Periods of a minute or more must be a multiple of 60.');
  const evaluationPeriods = p.int('EvaluationPeriods', 1, 10_000);
  const thresholdRaw = p.optNumber('Threshold');
  if (thresholdRaw === undefined) return refuse('request.missing-parameter', 'The request must contain the parameter Threshold.');
  const comparisonOperator = p.enum('ComparisonOperator', OPERATORS);
  const alarmActions = p.optStrList('AlarmActions') ?? [];
  const okActions = p.optStrList('OKActions') ?? [];
  const actionsEnabled = p.optBool('ActionsEnabled') ?? true;
  p.optStr('AlarmDescription');

  const instanceId = checkEc2Actions(tx, namespace, dimensions, [...alarmActions, ...okActions]);

  const arn = alarmArn(tx, name);
  const existing = tx.get('alarms', arn);
  const alarm: MetricAlarm = {
    ownerId: tx.account,
    region: tx.region,
    tags: existing?.tags ?? [],
    name,
    arn,
    namespace,
    metricName,
    dimensions,
    statistic,
    period,
    evaluationPeriods,
    threshold: thresholdRaw,
    comparisonOperator,
    alarmActions,
    okActions,
    actionsEnabled,
    state: existing?.state ?? 'INSUFFICIENT_DATA',
    stateReason: existing?.stateReason ?? 'Unchecked: Initial alarm creation',
    stateUpdatedAt: existing?.stateUpdatedAt ?? tx.now,
    breachingFor: existing?.breachingFor ?? 0,
  };
  tx.put('alarms', arn, alarm);
  tx.event({
    type: existing ? 'updated' : 'created',
    message: `Alarm ${name} ${existing ? 'updated' : 'created'}: ${metricName}${instanceId ? ` of ${instanceId}` : ''} ${comparisonOperator} ${thresholdRaw} for ${evaluationPeriods} × ${period} s${alarmActions.length ? ` → ${alarmActions.join(', ')}` : ''}. It evaluates as time advances.`,
    resourceId: name,
  });
  return {};
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function visibleAlarms(tx: Tx): MetricAlarm[] {
  return tx.visible('alarms').sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function describeAlarms(tx: Tx, p: Params) {
  const names = p.optStrList('AlarmNames');
  const prefix = p.optStr('AlarmNamePrefix');
  const state = p.optEnum('StateValue', ['OK', 'ALARM', 'INSUFFICIENT_DATA'] as const);
  const prefixAction = p.optStr('ActionPrefix');
  const alarms = visibleAlarms(tx).filter(
    (a) =>
      (!names || names.includes(a.name)) &&
      (!prefix || a.name.startsWith(prefix)) &&
      (!state || a.state === state) &&
      (!prefixAction || a.alarmActions.some((x) => x.startsWith(prefixAction))),
  );
  return { MetricAlarms: alarms.map(toSdkAlarm), CompositeAlarms: [] };
}

function deleteAlarms(tx: Tx, p: Params) {
  const names = p.strList('AlarmNames');
  const arns = names.map((name) => {
    const arn = alarmArn(tx, name);
    if (!tx.find('alarms', arn)) {
      refuse('alarm.not-found', `1 or more alarms do not exist: ${name}`, { resources: [name] });
    }
    return arn;
  });
  for (const arn of arns) {
    tx.remove('alarms', arn);
    tx.event({ type: 'deleted', message: `Alarm ${arn.split(':alarm:')[1] ?? arn} deleted.`, resourceId: arn });
  }
  return {};
}

export const ALARM_ACTIONS = defineActions([
  {
    type: 'cloudwatch:PutMetricAlarm',
    summary: 'Create or update a CloudWatch alarm on an instance metric, with EC2 actions (recover, reboot, stop, terminate).',
    run: putMetricAlarm,
  },
  {
    type: 'cloudwatch:DescribeAlarms',
    summary: 'List CloudWatch alarms with their state (OK, ALARM, INSUFFICIENT_DATA).',
    run: describeAlarms,
    read: true,
  },
  { type: 'cloudwatch:DeleteAlarms', summary: 'Delete CloudWatch alarms by name.', run: deleteAlarms },
]);
