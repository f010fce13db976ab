// A stand-in for src/discord-shard.ts, forked by the real ShardingManager in tests of the manager's
// wiring: starts in milliseconds, writes what it was given to STUB_OUT, and says "ready" over IPC the
// way discord.js's ShardClientUtil does. STUB_EXIT / STUB_STUBBORN list shard ids that exit before
// ready / ignore SIGTERM.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const shard = process.env.SHARDS ?? '?';
const listed = (name) => (process.env[name] ?? '').split(',').filter(Boolean).includes(shard);
if (process.env.STUB_OUT) {
  writeFileSync(join(process.env.STUB_OUT, `shard-${shard}-${process.pid}.json`), JSON.stringify({
    shard, count: process.env.SHARD_COUNT, mode: process.env.SHARDING_MANAGER_MODE ?? null, pid: process.pid,
    token: process.env.DISCORD_TOKEN ?? null, slack: process.env.SLACK_BOT_TOKEN ?? null, extra: process.env.STUB_EXTRA ?? null,
    argv: process.argv.slice(2), execArgv: process.execArgv,
  }));
}
if (listed('STUB_EXIT')) process.exit(3);
process.on('SIGTERM', () => { if (!listed('STUB_STUBBORN')) process.exit(0); });
process.on('disconnect', () => process.exit(0));
process.send({ _ready: true });
setInterval(() => undefined, 1 << 30);
