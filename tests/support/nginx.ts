/**
 * Debian's nginx serving a copy of `dist/` with the shipped `deploy/nginx.conf`, as an
 * operator runs it: one master process in the foreground as the current user, with its
 * configuration, logs, pid file and web root in a temporary prefix.
 */
import { existsSync } from "node:fs";
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { ROOT } from "../../tools/project-copy.ts";
import { runProgram, type Running } from "../../tools/run-program.ts";
import { operatorConfig } from "./nginx-site-config.ts";

const SHIPPED = join(ROOT, "deploy/nginx.conf");
const INSTALL = "apt-get install nginx (Debian; .ci/run installs it on a fresh machine)";

export interface NginxServer {
  /** Origin and base path, e.g. `http://127.0.0.1:40123/nachrichten/`. */
  url: string;
  origin: string;
  /** The temporary web root; `dist/` sits at its top or in the folder of the base path. */
  webRoot: string;
  /** The master process and its workers, by process id. */
  processes(): Promise<number[]>;
  /** Stop the master (SIGQUIT, finishing what its workers serve) and remove the prefix. */
  close(): Promise<void>;
}

/** The nginx program; Debian puts it in /usr/sbin, which is not on an ordinary user's PATH. */
export function nginxPath(): string {
  const dirs = [...(process.env["PATH"] ?? "").split(delimiter).filter(Boolean), "/usr/sbin"];
  const path = dirs.map((dir) => join(dir, "nginx")).find((candidate) => existsSync(candidate));
  if (!path) throw new Error(`nginx is not installed: ${INSTALL}.`);
  return path;
}

/**
 * Serve `dist` under `base` (copied to `<web root><base>`) on a free loopback port.
 * `nginx -t` checks the generated configuration first and its complaint is the error.
 */
export async function serveWithNginx(dist: string, base = "/"): Promise<NginxServer> {
  const nginx = nginxPath();
  const prefix = await mkdtemp(join(tmpdir(), "kiosk-nginx-"));
  try {
    // Under root the master hands requests to workers running as `nobody`, which must read the files.
    await chmod(prefix, 0o755);
    const webRoot = join(prefix, "www");
    await cp(dist, join(webRoot, base), { recursive: true });
    const shipped = await readFile(SHIPPED, "utf8");
    // A free port can be taken before nginx binds it: then another one.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const siteConfig = operatorConfig(shipped, { port, root: webRoot, base });
      const files = await writeConfig(prefix, siteConfig);
      await check(nginx, files);
      // Its messages go to the error log; a worker that outlived the master would hold
      // pipes open, hiding the master's exit and keeping the test run from ending.
      const running = runProgram(nginx, ["-p", `${prefix}/`, "-c", files.main, "-e", files.errorLog], {
        output: "ignore",
        install: INSTALL,
      });
      if (await started(running, files.pid)) {
        const origin = `http://127.0.0.1:${port}`;
        return {
          url: `${origin}${base}`,
          origin,
          webRoot,
          processes: () => processTree(running.pid!),
          close: () => stop(running).finally(() => rm(prefix, { recursive: true, force: true })),
        };
      }
      const log = await readFile(files.errorLog, "utf8").catch(() => "");
      if (attempt < 3 && log.includes("Address already in use")) continue;
      throw new Error(`nginx did not start (exit code ${(await running.done).exitCode}):\n${log}`);
    }
  } catch (error) {
    await rm(prefix, { recursive: true, force: true });
    throw error;
  }
}

interface ConfigFiles {
  main: string;
  pid: string;
  errorLog: string;
}

/**
 * The main configuration: as little as nginx needs to run unprivileged in the prefix,
 * then Debian's `mime.types` and the site configuration in `http`, as on a server.
 */
async function writeConfig(prefix: string, siteConfig: string): Promise<ConfigFiles> {
  const files = {
    main: join(prefix, "nginx.conf"),
    pid: join(prefix, "nginx.pid"),
    errorLog: join(prefix, "error.log"),
  };
  const site = join(prefix, "kiosk.conf");
  const temp = join(prefix, "temp");
  await mkdir(temp, { recursive: true });
  await writeFile(site, siteConfig);
  await writeFile(
    files.main,
    `daemon off;
worker_processes 1;
pid ${files.pid};
error_log ${files.errorLog} warn;

events {
    worker_connections 256;
}

http {
    include /etc/nginx/mime.types;
    # No default_type: nginx's own (text/plain) stands, so that a file type the shipped
    # configuration leaves to the server's defaults shows in the tests.
    access_log off;
    # Debian compiles in /var/lib/nginx, which an ordinary user cannot write.
    client_body_temp_path ${temp}/body;
    proxy_temp_path ${temp}/proxy;
    fastcgi_temp_path ${temp}/fastcgi;
    uwsgi_temp_path ${temp}/uwsgi;
    scgi_temp_path ${temp}/scgi;

    include ${site};
}
`,
  );
  return files;
}

/** `nginx -t` on the configuration; its own message when it refuses. */
async function check(nginx: string, files: ConfigFiles): Promise<void> {
  const prefix = join(files.main, "..");
  const test = runProgram(nginx, ["-t", "-q", "-p", `${prefix}/`, "-c", files.main, "-e", files.errorLog], {
    output: "capture",
    install: INSTALL,
  });
  const { exitCode, output } = await test.done;
  if (exitCode !== 0)
    throw new Error(`nginx -t refuses the configuration made from deploy/nginx.conf:\n${output}`);
}

/**
 * Whether nginx has bound its port: the master writes its pid file only after that
 * (`nginx -t` leaves one with its own pid, hence the comparison).
 */
async function started(running: Running, pidFile: string): Promise<boolean> {
  let ended = false;
  const end = () => (ended = true);
  running.done.then(end, end);
  while (!ended) {
    const pid = await readFile(pidFile, "utf8").catch(() => "");
    if (pid.trim() === String(running.pid)) return true;
    await sleep(20);
  }
  return false;
}

async function stop(running: Running): Promise<void> {
  const ended = running.done.then(() => true);
  running.stop("SIGQUIT");
  if (await Promise.race([ended, sleep(10_000, false)])) return;
  // A graceful stop waits for open connections; a fast one does not.
  running.stop("SIGTERM");
  await ended;
}

/** A loopback port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === "string") throw new Error("No loopback port");
  return address.port;
}

/** `pid` and the processes it started, read from /proc (Linux). */
async function processTree(pid: number): Promise<number[]> {
  const children: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    // Fields after the command name, which is in parentheses and may hold spaces: state, ppid, …
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (ppid === pid) children.push(Number(entry));
  }
  return existsSync(`/proc/${pid}`) ? [pid, ...children] : children;
}
