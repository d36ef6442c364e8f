import { type Command, Option } from 'commander';
import { Role } from '../../auth/roles';
import { parseId } from '../../graphql/ids';
import type { ApiKeyInfo } from '../../services/key.service';
import { withStore } from '../open-store';
import { printable } from '../terminal-text';

function describe(k: ApiKeyInfo): string {
  return `${k.id} (${k.role}${k.name ? `, "${printable(k.name)}"` : ''})`;
}

/** A fixed-width table of keys: never the key, never its hash. */
export function formatKeyTable(keys: readonly ApiKeyInfo[]): string {
  const rows = [
    ['ID', 'ROLE', 'STATUS', 'CREATED', 'HINT', 'NAME'],
    ...keys.map((k) => [
      String(k.id),
      k.role,
      k.revokedAt ? `revoked ${k.revokedAt.toISOString().slice(0, 10)}` : 'active',
      k.createdAt.toISOString().slice(0, 19).replace('T', ' '),
      k.hint,
      printable(k.name ?? ''),
    ]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return (
    rows
      .map((r) =>
        r
          .map((cell, c) => cell.padEnd(widths[c]))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}

/**
 * `skillmatch keys create|revoke|list`: API keys from a shell, on the database DATABASE_URL
 * names. `create` prints the key once, alone on standard output (so `KEY=$(skillmatch keys create
 * --role recruiter)` works); everything else goes to standard error.
 */
export function registerKeysCommand(program: Command): void {
  const keys = program
    .command('keys')
    .description('Manage API keys: the service keeps only their sha256, so a key is shown once, when created.');

  keys
    .command('create')
    .description('Create an API key and print it (once).')
    .addOption(new Option('--role <role>', 'what the key may do').choices(['admin', 'recruiter']).makeOptionMandatory())
    .option('--name <name>', 'who or what the key is for (shown in listings)')
    .addHelpText(
      'after',
      '\nRoles: recruiter (candidates, matching, rankings), admin (everything, plus keys, the audit log, deletes, imports).',
    )
    .action(async (options: { role: 'admin' | 'recruiter'; name?: string }) => {
      const role = options.role === 'admin' ? Role.ADMIN : Role.RECRUITER;
      await withStore(async (store) => {
        const { key, info } = await store.services.keys.create(role, options.name ?? null);
        process.stderr.write(`Created API key ${describe(info)}. Store it now, it is not shown again:\n`);
        process.stdout.write(`${key}\n`);
      });
    });

  keys
    .command('revoke')
    .description('Revoke an API key: it fails from the next request on (keys are never deleted).')
    .argument('<id>', 'the key id (see `skillmatch keys list`), or its global id from the API')
    .action(async (id: string) => {
      const keyId = parseId(id, 'id', 'ApiKey');
      await withStore(async (store) => {
        const info = await store.services.keys.revoke(keyId);
        process.stderr.write(`Revoked API key ${describe(info)}.\n`);
      });
    });

  keys
    .command('list')
    .description('List API keys (ids, roles, status, names; never the keys).')
    .option('--json', 'one JSON object per key instead of a table')
    .action(async (options: { json?: boolean }) => {
      await withStore(async (store) => {
        const list = await store.services.keys.list();
        process.stdout.write(options.json ? list.map((k) => JSON.stringify(k) + '\n').join('') : formatKeyTable(list));
      });
    });
}
