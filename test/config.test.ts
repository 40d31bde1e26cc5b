import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/config.js';

describe('loadConfig', () => {
  it('needs only DISCORD_TOKEN for the bot, with SQLite and safe defaults', () => {
    const c = loadConfig({ DISCORD_TOKEN: 'abc' }, true);
    expect(c.STORE_URL).toBe('sqlite://data/parallax.sqlite');
    expect(c.FETCH_ALLOW_HOSTS).toEqual([]);
    expect(c.LOG_LEVEL).toBe('info');
    expect(c.DISCORD_API_URL).toBeUndefined();
  });

  it('tells what to set when the token is missing, and the CLI does not need it', () => {
    expect(() => loadConfig({}, true)).toThrow(ConfigError);
    expect(() => loadConfig({}, true)).toThrow(/DISCORD_TOKEN is not set.*\.env/);
    expect(() => loadConfig({})).not.toThrow();
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ DISCORD_TOKEN: 'a', STORE_URL: '', LOG_LEVEL: ' ' }, true).STORE_URL).toBe('sqlite://data/parallax.sqlite');
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ STORE_URL: 'postgres://x' })).toThrow(/^Invalid setting STORE_URL: must start with sqlite/);
    expect(() => loadConfig({ DISCORD_API_URL: 'not a url' })).toThrow(/^Invalid setting DISCORD_API_URL/);
    expect(() => loadConfig({ FETCH_ALLOW_HOSTS: 'ok.example, bad host' })).toThrow(/^Invalid setting FETCH_ALLOW_HOSTS/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/^Invalid setting LOG_LEVEL/);
    expect(() => loadConfig({ DISCORD_GUILD_ID: '12' })).toThrow(/^Invalid setting DISCORD_GUILD_ID/);
  });

  it('parses FETCH_ALLOW_HOSTS and strips a trailing slash from DISCORD_API_URL', () => {
    const c = loadConfig({ FETCH_ALLOW_HOSTS: 'intranet.local, 127.0.0.1:8080 ,[::1]:9000', DISCORD_API_URL: 'http://127.0.0.1:3000/api/' });
    expect(c.FETCH_ALLOW_HOSTS).toEqual(['intranet.local', '127.0.0.1:8080', '[::1]:9000']);
    expect(c.DISCORD_API_URL).toBe('http://127.0.0.1:3000/api');
  });
});
