import type { Owned } from './common';

export interface MetricAlarm extends Owned {
  name: string;
  arn: string;
  namespace: string;
  metricName: string;
  dimensions: { Name: string; Value: string }[];
  statistic: string;
  period: number;
  evaluationPeriods: number;
  threshold: number;
  comparisonOperator: string;
  alarmActions: string[];
  okActions: string[];
  actionsEnabled: boolean;
  state: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';
  stateReason: string;
  stateUpdatedAt: number;
  /** Seconds the metric has been breaching continuously (evaluated as the clock advances). */
  breachingFor: number;
}
