/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hostingHeaders, trustedTypePolicies } from '../../../src/app/csp';
import { refuseFramed } from '../../../src/app/framing';
import { installDefaultPolicy } from '../../../src/app/trusted-types';
import { loopbackHosts, normaliseBaseUrl } from '../../../src/storage/settings';

describe('hosting', () => {
  it('public/_headers sends exactly the headers of src/app/csp.ts to every path', () => {
    const text = readFileSync(`${process.cwd()}/public/_headers`, 'utf8');
    const lines = text.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines[0]).toBe('/*');
    const sent = Object.fromEntries(lines.slice(1).map((l) => [l.trim().slice(0, l.trim().indexOf(':')), l.trim().slice(l.trim().indexOf(':') + 2)]));
    expect(sent).toEqual(hostingHeaders);
  });

  it("the header policy is the page's policy plus frame-ancestors 'none', with nosniff and no referrer", () => {
    expect(hostingHeaders['Content-Security-Policy']).toBe(`${contentSecurityPolicy}; frame-ancestors 'none'`);
    expect(hostingHeaders).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
  });

  it('every base URL Laqta accepts over http is one connect-src allows, so none is accepted only to be blocked', () => {
    const connect = contentSecurityPolicy.split('; ').find((d) => d.startsWith('connect-src '))!.split(' ');
    for (const host of loopbackHosts) {
      expect(normaliseBaseUrl(`http://${host}:8080/v1`)).toBe(`http://${host}:8080/v1`);
      expect(connect).toContain(`http://${host}:*`);
    }
    // Chromium drops an IPv6 source from a CSP ("invalid source"), so [::1] could never be reached.
    expect(normaliseBaseUrl('http://[::1]:8080/v1')).toBeUndefined();
    expect(normaliseBaseUrl('http://192.168.1.10:8080/v1')).toBeUndefined();
    expect(normaliseBaseUrl('https://[2001:db8::1]/v1')).toBe('https://[2001:db8::1]/v1');
  });

  it('R21: the policy requires Trusted Types and names only the policies the app creates; no blob: workers', () => {
    const directives = new Map(contentSecurityPolicy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('require-trusted-types-for')).toEqual(["'script'"]);
    expect(directives.get('trusted-types')).toEqual([...trustedTypePolicies]);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'none'"]);
  });
});

describe('R20: external images in Markdown', () => {
  it('R20: are blocked by the CSP: images come only from the app, blob: and data:', () => {
    const img = contentSecurityPolicy.split('; ').find((d) => d.startsWith('img-src '));
    expect(img).toBe("img-src 'self' blob: data:");
  });
});

describe('refusing to run framed', () => {
  it('a framed page shows the notice and not the app', () => {
    const target = document.createElement('div');
    target.append(document.createElement('span'));
    const top = {} as Window;
    expect(refuseFramed({ top, self: window }, target, 'Open it in its own tab.')).toBe(true);
    expect(target.textContent).toBe('Open it in its own tab.');
    expect(target.querySelector('[role="alert"]')).not.toBeNull();
  });

  it('a top-level page starts normally', () => {
    const target = document.createElement('div');
    expect(refuseFramed({ top: window, self: window }, target, 'x')).toBe(false);
    expect(target.childElementCount).toBe(0);
  });
});

describe('the default Trusted Types policy', () => {
  function install() {
    let rules: { createScriptURL?: (url: string) => string } = {};
    const factory = { createPolicy: (_name: string, r: typeof rules) => ((rules = r), {}) };
    installDefaultPolicy({ trustedTypes: factory, location: new URL('https://laqta.example/app/') as unknown as Location });
    return rules;
  }

  it('lets a same-origin worker script start', () => {
    expect(install().createScriptURL?.('./assets/import.worker-abc.js')).toBe('https://laqta.example/app/assets/import.worker-abc.js');
  });

  it('refuses a script from any other origin, and makes no HTML at all', () => {
    const rules = install();
    expect(() => rules.createScriptURL?.('https://evil.example/x.js')).toThrow(/own origin/);
    expect(() => rules.createScriptURL?.('data:text/javascript,alert(1)')).toThrow(/own origin/);
    expect(Object.keys(rules)).toEqual(['createScriptURL']);
  });
});
