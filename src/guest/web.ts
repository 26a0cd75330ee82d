/**
 * The stock AMI's web server as curl sees it from inside the instance (the guest model of the timing table): it
 * listens on TCP 80 of every local address and answers 200 for `/` and 404 for any other path; nothing else listens.
 */
import { err, out, type Ctx, type Output } from './context';

const WEB_PORT = 80;
const OK_BODY = '<html><body><h1>It works!</h1></body></html>\n';
const NOT_FOUND_BODY =
  '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n' +
  '<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n';

interface CurlOptions {
  include: boolean;
  fail: boolean;
  silent: boolean;
}

interface Target {
  scheme: string;
  host: string;
  port: number;
  path: string;
}

function parseUrl(url: string): Target | undefined {
  const m = /^(?:(https?):\/\/)?(\[[0-9a-fA-F:]+\]|[^/:?#]+)(?::(\d{1,5}))?([^?#]*)/.exec(url);
  if (!m) return undefined;
  const scheme = (m[1] ?? 'http').toLowerCase();
  const port = m[3] !== undefined ? Number(m[3]) : scheme === 'https' ? 443 : WEB_PORT;
  return { scheme, host: (m[2] ?? '').toLowerCase(), port, path: m[4] || '/' };
}

/** The instance's own addresses: loopback, its name and every private IPv4 of its interfaces. */
function isLocal(ctx: Ctx, host: string): boolean {
  if (host === 'localhost' || host === '[::1]' || host === '0.0.0.0' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) return true;
  return ctx.world.networkInterfaces
    .values()
    .some((e) => e.attachment?.instanceId === ctx.instanceId && e.privateIps.some((ip) => ip.address === host));
}

/** curl to this instance's own web server, or undefined when the URL names another host. */
export function localWeb(ctx: Ctx, url: string, o: CurlOptions): Output | undefined {
  const t = parseUrl(url);
  if (!t || !isLocal(ctx, t.host)) return undefined;
  const shown = t.host.replace(/^\[|\]$/g, '');
  if (t.port !== WEB_PORT) {
    return err(o.silent ? '' : `curl: (7) Failed to connect to ${shown} port ${t.port} after 0 ms: Connection refused\n`, 7);
  }
  if (t.scheme === 'https') {
    return err(o.silent ? '' : 'curl: (35) OpenSSL/3.0.8: error:0A00010B:SSL routines::wrong version number\n', 35);
  }
  const status = t.path === '/' ? 200 : 404;
  if (o.fail && status >= 400) return err(o.silent ? '' : `curl: (22) The requested URL returned error: ${status}\n`, 22);
  const body = status === 200 ? OK_BODY : NOT_FOUND_BODY;
  const head = o.include
    ? `HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Not Found'}\r\nServer: Apache/2.4.62 (Amazon Linux)\r\nContent-Length: ${body.length}\r\nContent-Type: text/html; charset=${status === 200 ? 'UTF-8' : 'iso-8859-1'}\r\n\r\n`
    : '';
  return out(head + body);
}
