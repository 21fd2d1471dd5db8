// A real S3-compatible server for tests: s3rver (npm) in this process, on a
// free port, its objects in a temp dir. It is a test server only (no Debian
// package runs S3 here); the store talks to it through @aws-sdk/client-s3
// exactly as it would to AWS, MinIO or Ceph.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

/** s3rver checks signatures against these fixed credentials. */
export const S3RVER_CREDENTIALS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' } as const;

export class S3TestServer {
  private server: S3rver | undefined;
  port = 0;

  private constructor(
    readonly dir: string,
    readonly buckets: readonly string[],
  ) {}

  /** Starts s3rver with `buckets` created (default one, "otacast"), and sets the AWS_* credentials it expects in this process. */
  static async start(buckets: readonly string[] = ['otacast']): Promise<S3TestServer> {
    const dir = await mkdtemp(join(tmpdir(), 'otacast-s3-'));
    Object.assign(process.env, S3RVER_CREDENTIALS);
    const server = new S3TestServer(dir, buckets);
    await server.run(0);
    return server;
  }

  private async run(port: number): Promise<void> {
    const server = new S3rver({
      address: '127.0.0.1',
      port,
      silent: true,
      directory: this.dir,
      configureBuckets: this.buckets.map((name) => ({ name, configs: [] })),
    });
    const address = await server.run();
    this.server = server;
    this.port = address.port;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The `--blobs` URL of a bucket on this server. */
  blobsUrl(bucket = this.buckets[0] ?? 'otacast'): string {
    return `s3://${bucket}?endpoint=${this.endpoint}&forcePathStyle=true`;
  }

  /** Stops answering (the port is closed); `resume` brings it back on the same port with the same objects. */
  async pause(): Promise<void> {
    await this.server?.close();
    this.server = undefined;
  }

  async resume(): Promise<void> {
    await this.run(this.port);
  }

  async close(): Promise<void> {
    await this.pause();
    await rm(this.dir, { recursive: true, force: true });
  }
}
