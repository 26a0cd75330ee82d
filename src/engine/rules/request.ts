import { ruleTable } from './sections';

/** Malformed requests and unknown ids: refused the way the EC2 API refuses them. */
export const REQUEST_RULES = ruleTable({
  'request.unknown-action': {
    code: 'InvalidAction',
    title: 'Unknown action',
    concept:
      'Every change to AWS goes through a named API action (the same names IAM policies use). An action the service does not know is refused before anything happens.',
    fix: 'Check the action name, e.g. ec2:RunInstances or ec2:AttachNetworkInterface.',
    section: 'EC2 Architecture and Resilience',
  },
  'request.missing-parameter': {
    code: 'MissingParameter',
    title: 'Missing parameter',
    concept: 'The API validates a request before acting on it: a required member that is absent stops the call.',
    fix: 'Add the missing parameter and send the request again.',
    section: 'EC2 Architecture and Resilience',
  },
  'request.invalid-parameter': {
    code: 'InvalidParameterValue',
    title: 'Invalid parameter value',
    concept: 'The API checks the type and range of each parameter before acting; a malformed value changes nothing.',
    fix: 'Correct the value and send the request again.',
    section: 'EC2 Architecture and Resilience',
  },
  'request.invalid-combination': {
    code: 'InvalidParameterCombination',
    title: 'Parameters that cannot go together',
    concept: 'Some request members exclude each other; AWS refuses the whole request rather than guess which one you meant.',
    fix: 'Send only one of the conflicting parameters.',
    section: 'EC2 Architecture and Resilience',
  },
  'request.unknown-region': {
    code: 'InvalidParameterValue',
    title: 'Unknown region',
    concept: 'Each region is a separate set of endpoints; this lab models us-east-1, us-west-2 and eu-west-1.',
    fix: 'Use one of the regions the lab models.',
    section: 'EC2 Architecture and Resilience',
  },
  'request.internal-error': {
    code: 'InternalError',
    title: 'Internal error',
    concept: 'The simulator hit a case it does not model. Your work is safe: the world did not change.',
    fix: 'Try a different action; please report this case.',
    section: 'EC2 Architecture and Resilience',
  },
  'request.not-found': {
    code: 'InvalidID.NotFound',
    title: 'Unknown resource id',
    concept:
      'Resource ids are regional and belong to one account: an id from another region or account is invisible, so AWS answers as if it did not exist.',
    fix: 'Check the id, the region you are calling and the account you act as.',
    section: 'Amazon Machine Image (AMI)',
  },
});
