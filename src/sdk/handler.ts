/**
 * EngineHandler: a smithy HttpHandler that answers the AWS SDK for JavaScript v3 from a simulated world instead of
 * the network. It reads the Query request the SDK signed (EC2's `ec2Query`, or `awsQuery` for Auto Scaling and
 * ELBv2), turns it into the engine's params with the SDK's own model, runs `apply`, keeps the new world, and answers
 * the XML AWS answers (errors as AWS's error documents with their HTTP status), so the SDK deserialises it as if it
 * came from AWS:
 *
 *   const handler = new EngineHandler(createWorld());
 *   const ec2 = new EC2Client({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
 *                               requestHandler: handler });
 *   await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }));
 *   handler.world; // the world after it
 *
 * Dev-only (scripts and tests): nothing in the app imports it.
 */
import { HttpResponse, type HttpHandler, type HttpRequest } from '@smithy/core/protocols';
import { apply, type Action, type Result, type World } from '../engine';
import { FormError, parseForm, topValue } from './form';
import { readInput } from './query-input';
import { SERVICES, credentialScope, errorXml, hostScope, operationSchemas, statusOf, successXml, type Service } from './services';

interface EngineHandlerOptions {
  /** The account making the calls (default: the world's own). */
  account?: string;
  /** The region when the request names none the handler can read (a custom endpoint without SigV4). */
  region?: string;
}

/** One call the handler answered, in order: the engine action and whether it was accepted. */
interface HandledCall {
  action: Action;
  ok: boolean;
  code?: string;
}

interface Reply {
  status: number;
  body: string;
}

export class EngineHandler implements HttpHandler {
  readonly metadata = { handlerProtocol: 'ec2-lab/engine' };
  readonly calls: HandledCall[] = [];
  private current: World;
  private requests = 0;

  constructor(
    world: World,
    private readonly options: EngineHandlerOptions = {},
  ) {
    this.current = world;
  }

  /** The world after every call answered so far. */
  get world(): World {
    return this.current;
  }

  /** Runs an engine action directly (e.g. `sim:AdvanceTime`, which no AWS API has) on the handler's world. */
  apply(action: Action): Result {
    const result = apply(this.current, action);
    if (result.ok) this.current = result.world;
    return result;
  }

  async handle(request: HttpRequest): Promise<{ response: HttpResponse }> {
    const requestId = this.nextRequestId();
    const reply = await this.answer(request, requestId);
    const bytes = new TextEncoder().encode(reply.body);
    const headers = { 'content-type': 'text/xml;charset=UTF-8', 'content-length': String(bytes.byteLength), 'x-amzn-requestid': requestId };
    return { response: new HttpResponse({ statusCode: reply.status, headers, body: bytes }) };
  }

  updateHttpClientConfig(): void {}

  httpHandlerConfigs(): Record<string, never> {
    return {};
  }

  destroy(): void {}

  private nextRequestId(): string {
    this.requests += 1;
    return `00000000-0000-4000-8000-${this.requests.toString(16).padStart(12, '0')}`;
  }

  private async answer(request: HttpRequest, requestId: string): Promise<Reply> {
    const scope = credentialScope(request.headers['authorization'] ?? request.headers['Authorization']);
    const host = hostScope(request.hostname);
    const service = SERVICES[scope?.service ?? host.service];
    const region = scope?.region ?? host.region ?? this.options.region;
    if (!service) {
      const message = `The engine handler speaks the Query protocol of EC2, Auto Scaling and ELBv2, not ${scope?.service ?? host.service}.`;
      return { status: 400, body: errorXml(true, 'InvalidAction', message, requestId) };
    }
    try {
      const root = parseForm(bodyText(request.body));
      const operation = topValue(root, 'Action') ?? '';
      const schemas = operationSchemas(await service.load(), operation);
      if (!schemas) throw new FormError('InvalidAction', `The action ${operation.slice(0, 64) || '(none)'} is not valid for this web service.`);
      const params = readInput(schemas.input, root, service);
      const action: Action = { type: `${service.prefix}:${operation}`, params, ...(region ? { region } : {}), ...this.account() };
      const result = this.apply(action);
      this.calls.push({ action, ok: result.ok, ...(result.ok ? {} : { code: result.error.code }) });
      if (!result.ok) return this.refusal(service, result.error.code, result.error.message, requestId);
      return { status: 200, body: successXml(service, operation, schemas, result.response, requestId) };
    } catch (e) {
      if (e instanceof FormError) return this.refusal(service, e.code, e.message, requestId);
      throw e;
    }
  }

  private account(): { account?: string } {
    return this.options.account ? { account: this.options.account } : {};
  }

  private refusal(service: Service, code: string, message: string, requestId: string): Reply {
    return { status: statusOf(code), body: errorXml(service.ec2, code, message, requestId, service.xmlns) };
  }
}

function bodyText(body: unknown): string {
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return new TextDecoder().decode(body);
  return '';
}
