import type { ActionDef } from '../action-def';
import { REGION_ACTIONS } from './regions-and-zones';
import { VPC_ACTIONS } from './vpcs';
import { SUBNET_ACTIONS } from './subnets';
import { INTERNET_GATEWAY_ACTIONS } from './internet-gateways';
import { ROUTE_TABLE_ACTIONS } from './route-tables';
import { NETWORK_ACL_ACTIONS } from './network-acls';
import { SECURITY_GROUP_ACTIONS } from './security-groups';
import { INSTANCE_ACTIONS } from './instances/instances';
import { LAUNCH_ACTIONS } from './launch';
import { NETWORK_INTERFACE_ACTIONS } from './network-interfaces/network-interfaces';
import { ADDRESS_ACTIONS } from './addresses';
import { GUEST_ACTIONS } from './guest';
import { INSTANCE_TYPE_ACTIONS } from './instance-types';
import { VOLUME_ACTIONS } from './storage/volumes';
import { SNAPSHOT_ACTIONS } from './storage/snapshots';
import { IMAGE_ACTIONS } from './storage/images';
import { KMS_ACTIONS } from './storage/kms';
import { SPOT_ACTIONS } from './purchasing/spot';
import { RESERVED_INSTANCE_ACTIONS } from './purchasing/reserved-instances';
import { HOST_ACTIONS } from './purchasing/hosts';
import { STATUS_CHECK_ACTIONS } from './health/status-checks';
import { ALARM_ACTIONS } from './health/alarms';
import { BILLING_ACTIONS } from './billing';
import { SIM_TIME_ACTIONS } from './sim-time';
import { CAPACITY_ACTIONS } from './purchasing/capacity';
import { TAG_ACTIONS } from './tags/tags';
import { KEY_PAIR_ACTIONS } from './key-pairs';
import { SECURITY_GROUP_RULE_ACTIONS } from './security-group-rules';
import { INSTANCE_CONNECT_ACTIONS } from './instance-connect';
import { INSTANCE_CONNECT_ENDPOINT_ACTIONS } from './instance-connect-endpoints';
import { LOAD_BALANCER_ACTIONS } from './elbv2/load-balancers';
import { TARGET_GROUP_ACTIONS } from './elbv2/target-groups';
import { LISTENER_ACTIONS } from './elbv2/listeners';
import { LOAD_BALANCER_SETTING_ACTIONS } from './elbv2/lb-settings';
import { RULE_ACTIONS } from './elbv2/rules';
import { LAUNCH_TEMPLATE_ACTIONS } from './launch-templates';
import { GROUP_ACTIONS } from './autoscaling/groups';
import { GROUP_DESCRIBE_ACTIONS } from './autoscaling/describe';
import { POLICY_ACTIONS } from './autoscaling/policies';
import { ATTACHMENT_ACTIONS } from './autoscaling/attachments';
import { TRAFFIC_SOURCE_ACTIONS } from './autoscaling/traffic-sources';
import { TRAFFIC_ACTIONS } from './elbv2/traffic';
import { AZ_FAILURE_ACTIONS } from './az-failure';

/** Every action the engine knows, by IAM action name. */
export const ACTION_LIST: readonly ActionDef[] = [
  ...REGION_ACTIONS,
  ...VPC_ACTIONS,
  ...SUBNET_ACTIONS,
  ...INTERNET_GATEWAY_ACTIONS,
  ...ROUTE_TABLE_ACTIONS,
  ...NETWORK_ACL_ACTIONS,
  ...SECURITY_GROUP_ACTIONS,
  ...LAUNCH_ACTIONS,
  ...INSTANCE_ACTIONS,
  ...NETWORK_INTERFACE_ACTIONS,
  ...ADDRESS_ACTIONS,
  ...GUEST_ACTIONS,
  ...INSTANCE_TYPE_ACTIONS,
  ...VOLUME_ACTIONS,
  ...SNAPSHOT_ACTIONS,
  ...IMAGE_ACTIONS,
  ...KMS_ACTIONS,
  ...SPOT_ACTIONS,
  ...RESERVED_INSTANCE_ACTIONS,
  ...HOST_ACTIONS,
  ...STATUS_CHECK_ACTIONS,
  ...ALARM_ACTIONS,
  ...BILLING_ACTIONS,
  ...SIM_TIME_ACTIONS,
  ...CAPACITY_ACTIONS,
  ...TAG_ACTIONS,
  ...KEY_PAIR_ACTIONS,
  ...SECURITY_GROUP_RULE_ACTIONS,
  ...INSTANCE_CONNECT_ACTIONS,
  ...INSTANCE_CONNECT_ENDPOINT_ACTIONS,
  ...LAUNCH_TEMPLATE_ACTIONS,
  ...LOAD_BALANCER_ACTIONS,
  ...LOAD_BALANCER_SETTING_ACTIONS,
  ...TARGET_GROUP_ACTIONS,
  ...LISTENER_ACTIONS,
  ...RULE_ACTIONS,
  ...GROUP_ACTIONS,
  ...GROUP_DESCRIBE_ACTIONS,
  ...POLICY_ACTIONS,
  ...ATTACHMENT_ACTIONS,
  ...TRAFFIC_SOURCE_ACTIONS,
  ...TRAFFIC_ACTIONS,
  ...AZ_FAILURE_ACTIONS,
];

export const ACTIONS: ReadonlyMap<string, ActionDef> = new Map(ACTION_LIST.map((def) => [def.type, def]));
