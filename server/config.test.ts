import { describe, expect, it } from 'vitest';
import { checkServingConfig, isLoopback, loadConfig } from './config';

const serving = (env: Record<string, string>) => checkServingConfig(loadConfig(env));

describe('serving configuration', () => {
  it('listens on loopback by default and needs no PUBLIC_ORIGIN there', () => {
    const config = serving({});
    expect(config.host).toBe('127.0.0.1');
    expect(config.publicOrigins).toEqual([]);
    expect(config.trustProxy).toEqual([]);
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'])
      expect(isLoopback(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '10.0.0.5', 'jx.example.cn']) expect(isLoopback(host)).toBe(false);
  });

  it('refuses to serve beyond loopback without PUBLIC_ORIGIN, saying what to set', () => {
    expect(() => serving({ HOST: '0.0.0.0' })).toThrow(/PUBLIC_ORIGIN is required when HOST is 0\.0\.0\.0/);
    expect(serving({ HOST: '0.0.0.0', PUBLIC_ORIGIN: 'https://jx.example.cn/' }).publicOrigins).toEqual([
      'https://jx.example.cn',
    ]);
  });

  it('accepts origins only: scheme, host and port', () => {
    expect(serving({ PUBLIC_ORIGIN: 'https://jx.example.cn, http://10.0.0.5:8080' }).publicOrigins).toEqual([
      'https://jx.example.cn',
      'http://10.0.0.5:8080',
    ]);
    for (const bad of [
      'jx.example.cn',
      'https://jx.example.cn/app',
      'ftp://jx.example.cn',
      'null',
      'https://a@b.cn',
    ])
      expect(() => serving({ PUBLIC_ORIGIN: bad }), bad).toThrow(/PUBLIC_ORIGIN: .* is not an origin/);
  });

  it('trusts forwarded headers only from the proxies listed in TRUST_PROXY', () => {
    expect(serving({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16, fd00::/8, loopback' }).trustProxy).toEqual([
      '10.0.0.5',
      '10.1.0.0/16',
      'fd00::/8',
      'loopback',
    ]);
    for (const bad of ['true', '10.0.0.0/33', 'proxy.internal', '10.0.0.1/8/1'])
      expect(() => serving({ TRUST_PROXY: bad }), bad).toThrow(
        /TRUST_PROXY: .* is not an IP address or CIDR/,
      );
  });
});
