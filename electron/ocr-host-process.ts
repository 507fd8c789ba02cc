// The OCR process in the app: an Electron utility process (a Node process Electron starts, watches and
// stops with the app), running the same script as browser mode and the CLI fork (ocr-host/ocr-host-main.ts).
import { utilityProcess } from 'electron';
import type { HostReply } from './ocr-host/ocr-host-protocol.ts';
import type { SpawnHost } from './ocr-host/ocr-host.ts';

export const spawnUtilityOcrHost: SpawnHost = ({ script, execArgv, env }) => {
  const child = utilityProcess.fork(script, [], { env, execArgv, serviceName: 'SoHoa OCR', stdio: 'inherit' });
  return {
    send: (request) => child.postMessage(request),
    onMessage: (listener) => child.on('message', (reply) => listener(reply as HostReply)),
    onExit: (listener) => child.on('exit', (code) => listener(code)),
    kill: () => {
      child.kill();
    },
  };
};
