import type { Check } from './check';
import { goal, responseSeen } from '../goals';

export const sessionsChecks = {
  "sessions/sessions-lost-round-robin-memory-sessions": (responseSeen('sim:SendTraffic', (r) => r.Sessions?.Store === 'memory' && r.SessionsLost > 0, 'You saw sessions lost with round-robin and in-memory sessions')).test,
  "sessions/stickiness-no-session-lost": (responseSeen('sim:SendTraffic', (r) => r.Sessions?.Sticky === true && r.SessionsLost === 0, 'With stickiness no session was lost')).test,
  "sessions/scaling-lost-sessions-server-went-away": (responseSeen('sim:SendTraffic', (r) => r.Sessions?.Sticky === true && r.SessionsLost > 0, 'Scaling in lost the sessions of the server that went away')).test,
  "sessions/stickiness-off": (goal('Stickiness is off', ({ world }) => world.targetGroups.values().every((tg) => tg.attributes['stickiness.enabled'] !== 'true'))).test,
  "sessions/off-host-sessions-nothing-lost-across": (responseSeen('sim:SendTraffic', (r) => r.Sessions?.Store === 'off-host' && r.SessionsLost === 0 && Object.keys(r.ByTarget ?? {}).length >= 2, 'Off-host sessions: nothing lost across two servers')).test,
} satisfies Record<string, Check>;
