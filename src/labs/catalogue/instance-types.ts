import { builtInLab } from '../authoring/built-in';
import { defaultVpcStart, launch } from './common';

export const instanceTypes = builtInLab({
  id: 'instance-types',
  title: 'Read an instance type name and pick a category',
  sections: ['EC2 Categories', 'Naming Scheme', 'Virtualization Fundamentals'],
  summary: [
    'Take r5dn.8xlarge apart letter by letter, and meet the five categories of instance types.',
    'Compare local disks and enhanced networking, then launch the right type for a memory-hungry job.',
  ],
  minutes: 15,
  start: defaultVpcStart(['a']),
  steps: [
    {
      id: 'decode',
      title: 'Decode a name',
      instruction: 'Decode r5dn.8xlarge with sim:ParseInstanceType. Find the family, the generation, the extra letters and the size.',
      goals: [{ kind: 'check', check: 'instance-types/decoded-type-name-two-extra-capability', label: "You decoded a type name with two extra capability letters" }],
      hints: ['Send sim:ParseInstanceType with InstanceType set to r5dn.8xlarge.', 'r = family, 5 = generation, d and n = capabilities, 8xlarge = size.'],
      why:
        'The whole string is the instance type. The first letter is the family (r: memory), the digit is the generation (prefer the newest), the letters before the dot add capabilities (d: local NVMe disks, n: more network), and the part after the dot is the size.',
      solution: [{ type: 'sim:ParseInstanceType', params: { InstanceType: 'r5dn.8xlarge' }, note: 'Decode r5dn.8xlarge.' }],
    },
    {
      id: 'categories',
      title: 'Five categories',
      instruction: 'Decode one type of each category: general purpose, compute, memory, accelerated computing and storage optimized.',
      goals: [{ kind: 'check', check: 'instance-types/decoded-types-all-five-categories', label: "You decoded types from all five categories" }],
      hints: [
        'Try m5.large, c5.xlarge, p3.2xlarge and i3.large.',
        'The answer names the Category of each type. You need five different ones.',
      ],
      why:
        'General purpose types balance CPU and memory. Compute optimized ones suit media work and science, memory optimized ones big in-memory data, accelerated ones carry GPUs or FPGAs, and storage optimized ones bring fast local disks for heavy IO.',
      solution: ['m5.large', 'c5.xlarge', 'p3.2xlarge', 'i3.large'].map((t) => ({
        type: 'sim:ParseInstanceType',
        params: { InstanceType: t },
        note: `Decode ${t}.`,
      })),
    },
    {
      id: 'local-disk',
      title: 'What the d adds',
      instruction: 'Look up c5.large and c5d.large with ec2:DescribeInstanceTypes. Which one has local disks?',
      goals: [{ kind: 'check', check: 'instance-types/looked-up-type-instance-store-local', label: "You looked up a type with instance store (local disks)" }],
      hints: ['Pass InstanceTypes: ["c5.large", "c5d.large"].', 'Look at InstanceStorageSupported and InstanceStorageInfo.'],
      why:
        'The d types carry NVMe disks inside the host. They are very fast, but they belong to that host: the data is lost when the instance stops or moves. EBS volumes, by contrast, live on the network and survive.',
      solution: [
        { type: 'ec2:DescribeInstanceTypes', params: { InstanceTypes: ['c5.large', 'c5d.large'] }, note: 'Compare c5.large and c5d.large.' },
      ],
    },
    {
      id: 'ena',
      title: 'Enhanced networking',
      instruction: 'Look up t2.micro and m5.large together. Compare NetworkInfo.EnaSupport.',
      goals: [
        { kind: 'check', check: 'instance-types/one-answer-type-enhanced-networking-ena', label: "In one answer you saw a type with enhanced networking (ENA) and one without" },
      ],
      hints: ['Ask ec2:DescribeInstanceTypes for both types at once.', 'EnaSupport "required" means the type always uses ENA; "unsupported" means it does not have it.'],
      why:
        'Many virtual machines share one host and one network card, and network IO can become the bottleneck. Enhanced networking (ENA) gives each instance its own virtual slice of the card, so packets skip the hypervisor: more speed, less CPU used by the guest.',
      solution: [
        { type: 'ec2:DescribeInstanceTypes', params: { InstanceTypes: ['t2.micro', 'm5.large'] }, note: 'Compare t2.micro and m5.large.' },
      ],
    },
    {
      id: 'unknown',
      title: 'Names are real',
      instruction: 'Try to launch a t3.enormous.',
      goals: [{ kind: 'refused', rule: 'instance.type.unknown', label: 'You saw a launch refused because the type does not exist' }],
      hints: ['Use ec2:RunInstances with InstanceType t3.enormous.', 'The refusal is the lesson: sizes come from a fixed list.'],
      why: 'Sizes follow a fixed ladder (nano, micro, small, medium, large, xlarge, 2xlarge…). When in doubt, give the full type name, family and size.',
      solution: [
        launch('huge', {
          subnet: 'subnetA',
          type: 't3.enormous',
          refused: { code: 'InvalidParameterValue', rule: 'instance.type.unknown' },
          note: 'Try a size that does not exist.',
        }),
      ],
    },
    {
      id: 'choose',
      title: 'Pick the right tool',
      instruction: 'A cache keeps a large data set in RAM. Launch an instance from the memory optimized category.',
      goals: [{ kind: 'instance', where: { category: 'Memory Optimized', state: 'running' } }],
      hints: ['Memory optimized families start with r, x or z.', 'r5.large is a small, current memory optimized type.'],
      why:
        'Pick the category first, then the newest generation, then the size. Several small instances are often easier to scale than one huge one.',
      solution: [launch('cache', { subnet: 'subnetA', type: 'r5.large', note: 'Launch a memory optimized r5.large.' })],
    },
  ],
  questions: [
    {
      prompt: 'What does the n in c5n.large add?',
      choices: [
        { text: 'More network bandwidth', correct: true, explanation: 'n means network optimized.' },
        { text: 'NVMe local disks', correct: false, explanation: 'That is d.' },
        { text: 'An AMD processor', correct: false, explanation: 'That is a.' },
      ],
    },
  ],
});
