import type { MetricAlarm } from '../model/health';
import { isoAt } from '../time';

/** The SDK `MetricAlarm` of a CloudWatch alarm. */
export function toSdkAlarm(alarm: MetricAlarm) {
  return {
    AlarmName: alarm.name,
    AlarmArn: alarm.arn,
    ActionsEnabled: alarm.actionsEnabled,
    OKActions: [...alarm.okActions],
    AlarmActions: [...alarm.alarmActions],
    InsufficientDataActions: [],
    StateValue: alarm.state,
    StateReason: alarm.stateReason,
    StateUpdatedTimestamp: isoAt(alarm.stateUpdatedAt),
    MetricName: alarm.metricName,
    Namespace: alarm.namespace,
    Statistic: alarm.statistic,
    Dimensions: alarm.dimensions.map((d) => ({ ...d })),
    Period: alarm.period,
    EvaluationPeriods: alarm.evaluationPeriods,
    Threshold: alarm.threshold,
    ComparisonOperator: alarm.comparisonOperator,
  };
}

/**
 * The PutMetricAlarm parameters of the recover alarm AWS documents for an instance: StatusCheckFailed_System at its
 * maximum ≥ 1 for two one-minute periods, with the `recover` action. `instance` is its ID (a lab passes a reference).
 */
export function recoverAlarmParams<I>(name: string, instance: I, region = 'us-east-1') {
  return {
    AlarmName: name,
    Namespace: 'AWS/EC2',
    MetricName: 'StatusCheckFailed_System',
    Dimensions: [{ Name: 'InstanceId', Value: instance }],
    Statistic: 'Maximum',
    Period: 60,
    EvaluationPeriods: 2,
    Threshold: 1,
    ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    AlarmActions: [`arn:aws:automate:${region}:ec2:recover`],
  };
}
