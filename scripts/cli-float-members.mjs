/**
 * Members whose model type is double/float, per CLI service (`Structure.Member`), from the AWS CLI v2's own models
 * (awscli/botocore/data/<service>/<version>/service-2.json). The SDK v3 schemas the shapes come from give int and
 * double the same code, but the CLI parses a double with Python float() and prints it as one (`70.0`).
 * Regenerate this list from those models when adding services or structures.
 */
export const FLOAT_MEMBERS = {
  ec2: [
    'EbsCardInfo.BaselineThroughputInMBps',
    'EbsCardInfo.MaximumThroughputInMBps',
    'EbsOptimizedInfo.BaselineThroughputInMBps',
    'EbsOptimizedInfo.MaximumThroughputInMBps',
    'GpuDeviceInfo.GpuPartitionSize',
    'MemoryGiBPerVCpu.Min',
    'MemoryGiBPerVCpu.Max',
    'MemoryGiBPerVCpuRequest.Min',
    'MemoryGiBPerVCpuRequest.Max',
    'NetworkBandwidthGbps.Min',
    'NetworkBandwidthGbps.Max',
    'NetworkBandwidthGbpsRequest.Min',
    'NetworkBandwidthGbpsRequest.Max',
    'NetworkCardInfo.BaselineBandwidthInGbps',
    'NetworkCardInfo.PeakBandwidthInGbps',
    'PricingDetail.Price',
    'ProcessorInfo.SustainedClockSpeedInGhz',
    'RecurringCharge.Amount',
    'ReservedInstanceLimitPrice.Amount',
    'ReservedInstances.UsagePrice',
    'ReservedInstances.FixedPrice',
    'ReservedInstancesOffering.UsagePrice',
    'ReservedInstancesOffering.FixedPrice',
    'TotalLocalStorageGB.Min',
    'TotalLocalStorageGB.Max',
    'TotalLocalStorageGBRequest.Min',
    'TotalLocalStorageGBRequest.Max',
  ],
  cloudwatch: [
    'LogAlarm.Threshold',
    'MetricAlarm.Threshold',
    'PutMetricAlarmInput.Threshold',
  ],
  elbv2: [
    'ZonalCapacityReservationState.EffectiveCapacityUnits',
  ],
  autoscaling: [
    'CapacityForecast.Values',
    'ExecutePolicyType.MetricValue',
    'ExecutePolicyType.BreachThreshold',
    'LoadForecast.Values',
    'MemoryGiBPerVCpuRequest.Min',
    'MemoryGiBPerVCpuRequest.Max',
    'NetworkBandwidthGbpsRequest.Min',
    'NetworkBandwidthGbpsRequest.Max',
    'PredictiveScalingMetricSpecification.TargetValue',
    'StepAdjustment.MetricIntervalLowerBound',
    'StepAdjustment.MetricIntervalUpperBound',
    'TargetTrackingConfiguration.TargetValue',
    'TotalLocalStorageGBRequest.Min',
    'TotalLocalStorageGBRequest.Max',
  ],
};
