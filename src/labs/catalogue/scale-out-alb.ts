import { builtInLab } from '../authoring/built-in';
import { findAmazonAmi, findDefaultSubnet } from './common';
import { createAlb, createGroup, createTemplate, findVpc, sendTraffic } from './scaling-blocks';

export const scaleOutAlb = builtInLab({
  id: 'scale-out-alb',
  title: 'Scale out behind a load balancer',
  sections: ['Horizontal and Vertical Scaling', 'Horizontal Scaling'],
  summary: ['Build an Application Load Balancer across two AZs and an Auto Scaling group behind it.', 'Then send traffic and watch it spread over identical servers.'],
  minutes: 15,
  start: {
    defaultVpc: true,
    actions: [findAmazonAmi(), findVpc(), findDefaultSubnet('us-east-1a', 'subnetA'), findDefaultSubnet('us-east-1b', 'subnetB')],
  },
  steps: [
    {
      id: 'template',
      title: 'A recipe for identical servers',
      instruction: 'Create a launch template with the Amazon Linux AMI and t3.micro: every server the group launches will come from it.',
      goals: [{ kind: 'check', check: 'scale-out-alb/launch-template-ami-exists', label: "A launch template with an AMI exists" }],
      hints: ['Use ec2:CreateLaunchTemplate.', 'LaunchTemplateData: { ImageId: <the AMI>, InstanceType: "t3.micro" }.'],
      why: 'Horizontal scaling adds identical servers. A launch template is the recipe, versioned, so every copy is the same and a change is a new version.',
      solution: [createTemplate()],
    },
    {
      id: 'alb',
      title: 'A load balancer across two AZs',
      instruction: 'Try an Application Load Balancer in one subnet only, then build it across us-east-1a and us-east-1b, with a target group on HTTP:80 and a listener on port 80. The ALB gets the VPC default security group, which admits only its own members: allow port 80 from the internet on it.',
      goals: [
        { kind: 'refused', rule: 'elb.subnets.two-azs', label: 'You saw an ALB in a single AZ refused' },
        { kind: 'check', check: 'scale-out-alb/alb-enabled-two-azs', label: "An ALB is enabled in two AZs" },
        { kind: 'check', check: 'scale-out-alb/listener-forwards-target-group', label: "A listener forwards to a target group" },
        { kind: 'check', check: 'scale-out-alb/alb-admits-port-80-internet', label: "The ALB's security group allows port 80 from the internet" },
      ],
      hints: ['elasticloadbalancing:CreateLoadBalancer with Subnets: [one subnet] is refused.', 'Give Subnets: [subnetA, subnetB]; then CreateTargetGroup and CreateListener with a forward action.', "ec2:AuthorizeSecurityGroupIngress on the ALB's security group (DescribeLoadBalancers shows it): tcp 80 from 0.0.0.0/0."],
      why: 'An ALB puts a node in each AZ it is enabled in, so losing one AZ never loses the front door. AWS refuses an ALB that would live in one AZ. Its own security group is a firewall like any other: without a rule for the listener port from the internet, clients time out.',
      solution: [
        {
          type: 'elasticloadbalancing:CreateLoadBalancer',
          params: { Name: 'one-az', Subnets: [{ ref: 'subnetA' }] },
          refused: { code: 'ValidationError', rule: 'elb.subnets.two-azs' },
          note: 'Try an ALB in a single AZ.',
        },
        ...createAlb(['subnetA', 'subnetB']),
      ],
    },
    {
      id: 'group',
      title: 'An Auto Scaling group behind it',
      instruction: 'Create an Auto Scaling group of 2 (max 4) from the template across both subnets, attached to the target group.',
      goals: [
        { kind: 'check', check: 'scale-out-alb/group-runs-least-2-instances', label: "A group runs at least 2 instances" },
        { kind: 'check', check: 'scale-out-alb/instances-are-spread-over-two-azs', label: "Its instances are spread over two AZs" },
        { kind: 'check', check: 'scale-out-alb/group-registers-instances-target-group', label: "The group registers its instances with the target group" },
      ],
      hints: ['autoscaling:CreateAutoScalingGroup with LaunchTemplate, MinSize 2, MaxSize 4.', 'VPCZoneIdentifier: "subnetA,subnetB" and TargetGroupARNs: [the target group].'],
      why: 'The group launches to the AZ with the fewest instances, so capacity is spread over failure domains, and registers each instance with the load balancer by itself.',
      solution: [createGroup(['subnetA', 'subnetB'])],
    },
    {
      id: 'traffic',
      title: 'Send traffic',
      instruction: 'Let a minute pass (the load balancer becomes active, health checks pass), then send 1,000 requests.',
      goals: [
        { kind: 'action', type: 'sim:AdvanceTime', label: 'You let time pass' },
        { kind: 'check', check: 'scale-out-alb/every-request-answered-200-spread-over', label: "Every request answered 200, spread over at least two servers" },
      ],
      hints: ['sim:AdvanceTime with Seconds: 60.', 'sim:SendTraffic with LoadBalancerArn and Requests: 1000.'],
      why: 'The load balancer gives each healthy server an equal share. Scaling out adds servers without stopping any: no reboot, no disruption.',
      solution: [{ type: 'sim:AdvanceTime', params: { Seconds: 60 }, note: 'Let the ALB become active and the targets pass a health check.' }, sendTraffic()],
    },
  ],
});
