import { describe, expect, it } from 'vitest';
import { isLoopbackHost, pageBase, parseClassroomAnswer } from './classroom-address';

describe('classroom address', () => {
  it('knows which hosts only this computer can open', () => {
    for (const host of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]', 'app.localhost', '0.0.0.0']) {
      expect(isLoopbackHost(host)).toBe(true);
    }
    for (const host of ['192.168.1.20', 'lab.example.edu', '10.0.0.5']) expect(isLoopbackHost(host)).toBe(false);
  });

  it('uses the page address, and says when it is local only', () => {
    const local = pageBase({ origin: 'http://localhost:4173', pathname: '/', hostname: 'localhost' });
    expect(local).toEqual({ base: 'http://localhost:4173/', localOnly: true, classroom: false });
    const hosted = pageBase({ origin: 'https://lab.example.edu', pathname: '/ec2/', hostname: 'lab.example.edu' });
    expect(hosted.localOnly).toBe(false);
  });

  it("accepts only a reachable http(s) address from the classroom server's answer", () => {
    expect(parseClassroomAnswer({ url: 'http://192.168.1.20:8080/' })).toBe('http://192.168.1.20:8080/');
    expect(parseClassroomAnswer({ url: 'http://192.168.1.20:8080/?x=1#y' })).toBe('http://192.168.1.20:8080/');
    for (const bad of [
      null,
      'http://192.168.1.20/',
      { url: 'javascript:alert(1)' },
      { url: 'http://localhost:8080/' },
      { url: 'http://user:pw@10.0.0.1/' },
      { url: `http://10.0.0.1/${'a'.repeat(300)}` },
      { url: 42 },
      Object.create({ url: 'http://10.0.0.1/' }),
    ]) {
      expect(parseClassroomAnswer(bad)).toBeUndefined();
    }
  });
});
