import { ConfigError, loadConfig, parseDatabaseUrl } from '../../src/config/config';

const defaults = { dataDir: '/data' };

describe('loadConfig', () => {
  it('defaults to port 4000 on an embedded SQLite file in development', () => {
    expect(loadConfig({}, defaults)).toMatchObject({
      port: 4000,
      nodeEnv: 'development',
      logLevel: 'info',
      database: { type: 'sqlite', path: 'var/skillmatch.sqlite' },
      seedOnStart: true,
      dataDir: '/data',
    });
  });

  it('reads PORT, DATABASE_URL, NODE_ENV and LOG_LEVEL', () => {
    const c = loadConfig(
      {
        PORT: '8080',
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
      },
      defaults,
    );
    expect(c).toMatchObject({
      port: 8080,
      nodeEnv: 'production',
      logLevel: 'warn',
      database: { type: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/test' },
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ SKILLMATCH_SEED: 'yes' }, 'SKILLMATCH_SEED'],
  ])('refuses %p naming %s', (env, name) => {
    expect(() => loadConfig(env, defaults)).toThrow(ConfigError);
    expect(() => loadConfig(env, defaults)).toThrow(name);
  });

  it('parses sqlite URLs with and without slashes', () => {
    expect(parseDatabaseUrl('sqlite:/tmp/a.db')).toEqual({ type: 'sqlite', path: '/tmp/a.db' });
    expect(parseDatabaseUrl('sqlite://var/x.sqlite')).toEqual({ type: 'sqlite', path: 'var/x.sqlite' });
    expect(() => parseDatabaseUrl('sqlite:')).toThrow(ConfigError);
  });
});
