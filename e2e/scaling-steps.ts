/**
 * What the scaling e2e types in the terminal once the VPC and its two subnets exist (made with the toolbar's forms):
 * an internet gateway and a default route, a launch template, a target group, an internet-facing ALB across both
 * subnets with port 80 opened on its security group (the VPC default group) and a listener, and an Auto Scaling group of two behind it. Also run headless in
 * src/terminal/scaling-steps.test.ts, so a change to the CLI that breaks them fails there first.
 */
export const SCALING_STEPS = [
  "VPC=$(aws ec2 describe-vpcs --query 'Vpcs[0].VpcId' --output text)",
  "A=$(aws ec2 describe-subnets --filters Name=availability-zone,Values=us-east-1a --query 'Subnets[0].SubnetId' --output text)",
  "B=$(aws ec2 describe-subnets --filters Name=availability-zone,Values=us-east-1b --query 'Subnets[0].SubnetId' --output text)",
  'IGW=$(aws ec2 create-internet-gateway --query InternetGateway.InternetGatewayId --output text)',
  'aws ec2 attach-internet-gateway --internet-gateway-id $IGW --vpc-id $VPC',
  "RTB=$(aws ec2 describe-route-tables --filters Name=vpc-id,Values=$VPC --query 'RouteTables[0].RouteTableId' --output text)",
  'aws ec2 create-route --route-table-id $RTB --destination-cidr-block 0.0.0.0/0 --gateway-id $IGW --output text',
  "AMI=$(aws ec2 describe-images --owners amazon --query 'Images[?RootDeviceType==`ebs`] | [0].ImageId' --output text)",
  'LT=$(aws ec2 create-launch-template --launch-template-name web --launch-template-data "{\\"ImageId\\":\\"$AMI\\",\\"InstanceType\\":\\"t3.micro\\"}" --query LaunchTemplate.LaunchTemplateId --output text)',
  "TG=$(aws elbv2 create-target-group --name web-tg --protocol HTTP --port 80 --vpc-id $VPC --query 'TargetGroups[0].TargetGroupArn' --output text)",
  "LB=$(aws elbv2 create-load-balancer --name web-alb --subnets $A $B --query 'LoadBalancers[0].LoadBalancerArn' --output text)",
  "ALBSG=$(aws elbv2 describe-load-balancers --load-balancer-arns $LB --query 'LoadBalancers[0].SecurityGroups[0]' --output text)",
  'aws ec2 authorize-security-group-ingress --group-id $ALBSG --protocol tcp --port 80 --cidr 0.0.0.0/0 --output text',
  'aws elbv2 create-listener --load-balancer-arn $LB --protocol HTTP --port 80 --default-actions Type=forward,TargetGroupArn=$TG --output text',
  'aws autoscaling create-auto-scaling-group --auto-scaling-group-name web --launch-template LaunchTemplateId=$LT --min-size 2 --max-size 4 --desired-capacity 2 --vpc-zone-identifier "$A,$B" --target-group-arns $TG',
  'echo "group=$(aws autoscaling describe-auto-scaling-groups --query \'AutoScalingGroups[0].[MinSize,DesiredCapacity,MaxSize]\' --output text)"',
];
