// A worker process for durability.spec that starts a hazard's intake and never finishes reading
// its chain, so that the test can kill it (SIGKILL) in the middle of a local activity.
// Plain JavaScript: it runs under node directly, outside Jest.
import { NativeConnection, Worker, Runtime, DefaultLogger } from '@temporalio/worker';

const [address, taskQueue, bundlePath] = process.argv.slice(2);
Runtime.install({ logger: new DefaultLogger('WARN') });
const connection = await NativeConnection.connect({ address });
const worker = await Worker.create({
  connection,
  taskQueue,
  workflowBundle: { codePath: bundlePath },
  activities: {
    // The test wrote the intake itself.
    recordIntake: async () => undefined,
    resolveAssignment: () => {
      console.log('reading the chain');
      return new Promise(() => undefined);
    },
  },
});
console.log('ready');
await worker.run();
