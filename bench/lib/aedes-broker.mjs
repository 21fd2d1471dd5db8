// A plain Aedes broker in its own process (like `otacast serve` and
// Mosquitto are), so the raw baseline does not share a core with its clients.
import { createServer } from 'node:net';
import { Aedes } from 'aedes';

const broker = await Aedes.createBroker();
const server = createServer(broker.handle);
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => broker.close(() => process.exit(0))));
