// Headless entry: `npm run cli -- <command>`, or the `sohoa` bin once built.
import { processIo } from './cli/cli-io.ts';
import { runCli } from './cli/run-cli.ts';

process.exitCode = await runCli(process.argv.slice(2), processIo);
