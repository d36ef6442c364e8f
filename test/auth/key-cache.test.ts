import { createApp } from '../../src/app';
import { Role } from '../../src/auth/roles';
import { AUTH_CACHE_MS, KeyService } from '../../src/services/key.service';
import { WriteLock } from '../../src/services/write-lock';
import { testDatabases } from '../support/databases';
import { testConfig } from '../support/test-app';

describe.each(testDatabases())('key authentication cache on $kind', (db) => {
  it('revokes at once in the revoking process and within AUTH_CACHE_MS in another', async () => {
    const { config, drop } = await db.create();
    const app = await createApp(testConfig(config, { seedOnStart: false }));
    try {
      let clock = 1_000_000;
      const writes = new WriteLock(app.dataSource);
      const here = new KeyService(app.dataSource, writes, () => clock);
      const elsewhere = new KeyService(app.dataSource, writes, () => clock);
      const { key, info } = await here.create(Role.RECRUITER, 'cache probe');
      const header = `Bearer ${key}`;
      expect(await here.authenticate(header)).toMatchObject({ kind: 'key', role: Role.RECRUITER });
      expect(await elsewhere.authenticate(header)).toMatchObject({ kind: 'key' });

      await here.revoke(info.id);
      expect(await here.authenticate(header)).toEqual({ kind: 'invalid' });
      // The other process still holds its recent answer...
      clock += AUTH_CACHE_MS - 1;
      expect(await elsewhere.authenticate(header)).toMatchObject({ kind: 'key' });
      // ...and no longer than AUTH_CACHE_MS.
      clock += 2;
      expect(await elsewhere.authenticate(header)).toEqual({ kind: 'invalid' });
    } finally {
      await app.close();
      await drop();
    }
  });
});
