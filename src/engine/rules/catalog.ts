import { ruleTable } from './sections';

/** Rules about instance type names and the catalogue (see docs/reference/ec2-rules.md §J and rule 55). */
export const CATALOG_RULES = ruleTable({
  'instance-type.name.unparseable': {
    code: 'InvalidParameterValue',
    title: 'Not an instance type name',
    concept:
      'Every EC2 instance type is named the same way: family letters, a generation number and optional capability letters, a dot, then the size (r5dn.8xlarge is family r, generation 5, capabilities d and n, size 8xlarge). A name that does not follow this scheme cannot be an instance type.',
    fix: 'Write family + generation + capabilities, a dot, and a size such as large, xlarge, 8xlarge or metal, e.g. m5.large.',
    section: 'Naming Scheme',
    ref: 80,
  },
  'instance-type.describe.unknown': {
    code: 'InvalidInstanceType',
    title: 'No such instance type',
    concept:
      'EC2 only offers the instance types AWS has built: a name can follow the naming scheme and still not exist (there is no t3.enormous). DescribeInstanceTypes lists what really exists, with its limits.',
    fix: 'Call DescribeInstanceTypes without InstanceTypes (or with a filter such as instance-type = m5.*) to see the types that exist.',
    section: 'EC2 Categories',
    ref: 55,
  },
});
