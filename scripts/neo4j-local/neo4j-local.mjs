// neo4j-local: starts a real Neo4j Community 5.26 (embedded, Launcher.java) without Docker.
// prepareNeo4j() resolves the jar classpath with Maven and compiles the launcher (once, cached in
// target/); startNeo4j() runs it and resolves when Bolt is ready. Run directly (`npm run neo4j`) it
// starts Neo4j in the foreground with NEO4J_PORT / NEO4J_DATA_DIR; `--prepare` only prepares.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const target = path.join(here, 'target');
const classpathFile = path.join(target, 'classpath.txt');
const classesDir = path.join(target, 'classes');
const READY = /^neo4j-local ready (bolt:\/\/\S+)$/m;

export const JVM_FLAGS = [
  '-Xmx2g',
  '-XX:+UseG1GC',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dfile.encoding=UTF-8',
];

function newer(file, than) {
  return fs.existsSync(file) && fs.statSync(file).mtimeMs >= fs.statSync(than).mtimeMs;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: here, encoding: 'utf8' });
  if (result.error) {
    throw new Error(`neo4j-local: cannot run ${command} (${result.error.message}). Install it (Java 17 JDK and Maven).`);
  }
  if (result.status !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`neo4j-local: ${command} ${args.join(' ')} failed:\n${tail}`);
  }
}

/** Fetches the jars (Maven) and compiles Launcher.java; cached until pom.xml / Launcher.java change. */
export function prepareNeo4j() {
  fs.mkdirSync(target, { recursive: true });
  if (!newer(classpathFile, path.join(here, 'pom.xml'))) {
    run('mvn', ['-q', '-f', 'pom.xml', 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`]);
  }
  const launcherClass = path.join(classesDir, 'Launcher.class');
  if (!newer(launcherClass, path.join(here, 'Launcher.java')) || !newer(launcherClass, classpathFile)) {
    const classpath = fs.readFileSync(classpathFile, 'utf8').trim();
    run('javac', ['-encoding', 'UTF-8', '-cp', classpath, '-d', classesDir, 'Launcher.java']);
  }
  return { classpath: `${classesDir}${path.delimiter}${fs.readFileSync(classpathFile, 'utf8').trim()}` };
}

function lastLines(text, n = 25) {
  return text.trim().split('\n').slice(-n).join('\n');
}

/**
 * Starts Neo4j on 127.0.0.1:port with its data under dataDir. Resolves when Bolt is ready.
 * log: a file path (appended) or a function receiving output chunks; default: output kept in memory only.
 */
export async function startNeo4j({ port = 7687, dataDir = '.neo4j/data', log, timeoutMs = 180_000 } = {}) {
  const { classpath } = prepareNeo4j();
  const home = path.resolve(dataDir);
  fs.mkdirSync(home, { recursive: true });
  const child = spawn('java', [...JVM_FLAGS, '-cp', classpath, 'Launcher', String(port), home, '--watch-stdin', '--watch-parent'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const logStream = typeof log === 'string' ? fs.createWriteStream(log, { flags: 'a' }) : undefined;
  let output = '';
  const onData = (chunk) => {
    const text = chunk.toString();
    output = (output + text).slice(-20_000);
    if (logStream) logStream.write(text);
    if (typeof log === 'function') log(text);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const uri = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`neo4j-local: not ready after ${timeoutMs / 1000} s. Last output:\n${lastLines(output)}`));
    }, timeoutMs);
    const check = () => {
      const match = READY.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', check);
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`neo4j-local: exited (${signal ?? code}) before it was ready. Last output:\n${lastLines(output)}`));
    });
  });

  let stopping;
  return {
    uri,
    port,
    process: child,
    /** Clean shutdown (SIGTERM, shutdown hook); SIGKILL after 60 s. */
    stop() {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
          await exited;
          clearTimeout(timer);
        }
        logStream?.end();
      })();
      return stopping;
    },
    /** Hard kill (SIGKILL), as a crash would. */
    kill() {
      child.kill('SIGKILL');
    },
    exited,
  };
}

async function main() {
  if (process.argv.includes('--prepare')) {
    const { classpath } = prepareNeo4j();
    console.log(`neo4j-local prepared (${classpath.split(path.delimiter).length} classpath entries)`);
    return;
  }
  const port = Number(process.env.NEO4J_PORT ?? 7687);
  const dataDir = process.env.NEO4J_DATA_DIR ?? '.neo4j/data';
  const server = await startNeo4j({ port, dataDir, log: path.join(path.resolve(dataDir), 'neo4j-local.log') });
  console.log(`neo4j-local ready ${server.uri}`);
  console.log(`java pid ${server.process.pid}`);
  console.log(`data in ${path.resolve(dataDir)}; press Ctrl+C to stop`);
  const shutdown = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  const { code, signal } = await server.exited;
  console.error(`neo4j-local: Neo4j exited (${signal ?? code}). See ${path.join(path.resolve(dataDir), 'neo4j-local.log')}.`);
  process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
