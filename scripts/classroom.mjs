/**
 * `npm run classroom`: builds the lab and serves it to the room on the local network (all interfaces, port 8080 or
 * $PORT), then prints the address students type and a QR code of it. Share links and QR codes made in the lab use
 * this network address, even when the teacher's own browser opened http://localhost. Ctrl+C stops it.
 */
import { viteBuild } from './preview.mjs';
import { createClassroomServer, lanAddresses, terminalQr } from './classroom-server.mjs';

const port = Number(process.env.PORT ?? 8080);
const root = new URL('../dist', import.meta.url).pathname.replace(/\/$/, '');

if (process.env.CLASSROOM_SKIP_BUILD !== '1') {
  console.log('Building the lab…');
  viteBuild();
}

const addresses = lanAddresses();
const lanUrl = addresses.length ? `http://${addresses[0]}:${port}/` : `http://localhost:${port}/`;
const server = createClassroomServer({ root, lanUrl });
server.on('error', (error) => {
  console.error(`The classroom server could not start on port ${port}: ${error.message}. Try PORT=8081 npm run classroom.`);
  process.exit(1);
});
server.listen(port, '0.0.0.0', () => {
  console.log(`\nec2-lab is served to the room.\n`);
  console.log(`  On this computer:   http://localhost:${port}/`);
  for (const address of addresses) console.log(`  On the network:     http://${address}:${port}/`);
  if (!addresses.length) console.log('  No network address found: connect this computer to the classroom network.');
  console.log(`\nStudents scan this code or type ${lanUrl}\n`);
  console.log(terminalQr(lanUrl));
  console.log('\nPress Ctrl+C to stop.');
});
