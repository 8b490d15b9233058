import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_SCOPES, DEMO_GROUPS, DEMO_USERS, PNYX_API_AUDIENCE, pnyxClients, redirectUriPolicy } from '@pnyx/api/identity-provider';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';

/**
 * The production stack in docker/ stays true without a container engine: the
 * compose file resolves, Keycloak's realm export matches the embedded identity
 * provider, the Kubernetes manifests keep their probes, budget and secrets, and
 * every setting the API reads is documented in docker/.env.example.
 */
const ROOT = resolve(import.meta.dirname, '../../../..');
const DOCKER = join(ROOT, 'docker');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed YAML and JSON

/**
 * Every variable load-config.ts reads. It names each one as a quoted upper-case
 * literal (`text(env, 'PORT')`, `const name = 'DATABASE_REPLICA_URLS'`,
 * `new ConfigError('TRUST_PROXY', …)`), and quotes no other upper-case words.
 */
function configVariables(): string[] {
  const source = read('libs/api/core/config/src/lib/load-config.ts');
  const names = [...source.matchAll(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{4,})'/g)].map((m) => m[1] ?? '');
  return [...new Set(names)].sort();
}

/** `docker-compose config` as Debian's docker-compose 1.29 (and CI) runs it; throws with its stderr. */
function composeConfig(envFile: string): string {
  try {
    return execFileSync('docker-compose', ['--env-file', envFile, '-f', join(DOCKER, 'docker-compose.yml'), 'config'], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new Error('docker-compose is not installed: `apt-get install docker-compose` (Debian 1.29, as CI does) to validate docker/docker-compose.yml');
    }
    throw new Error(`docker-compose config failed: ${failure.stderr ?? failure.message}`);
  }
}

function k8sDocuments(): Json[] {
  const dir = join(DOCKER, 'k8s');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) =>
      parseAllDocuments(readFileSync(join(dir, file), 'utf8')).map((doc) => {
        expect(doc.errors, file).toEqual([]);
        return { ...(doc.toJS() as Json), file };
      }),
    );
}

const KEYCLOAK_BUILT_IN_ROLES = ['default-roles-pnyx', 'offline_access', 'uma_authorization'];

describe('deployment: docker/', () => {
  it('resolves the compose file with .env.example: every service with a health check, two API replicas', () => {
    const services = (parse(composeConfig(join(DOCKER, '.env.example'))) as Json)['services'] as Json;
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['postgres', 'keycloak', 'redis', 'api', 'proxy']));
    for (const [name, service] of Object.entries(services)) {
      expect(service['healthcheck']?.['test'], `${name} has a health check`).toEqual(expect.any(Array));
      expect(service['restart'], `${name} restarts`).toBe('unless-stopped');
    }
    const api = services['api'];
    expect(api['deploy']['replicas']).toBe(2);
    expect(Object.values(api['depends_on'] as Json).map((dependency) => dependency['condition'])).toEqual(['service_healthy', 'service_healthy', 'service_healthy']);
    expect(services['proxy']['depends_on']).toEqual({ api: { condition: 'service_healthy' } });
    expect(services['keycloak']['command']).toEqual(expect.arrayContaining(['start', '--import-realm']));
    expect(services['keycloak']['volumes'].join(' ')).toContain('pnyx-realm.json:/opt/keycloak/data/import/pnyx-realm.json');

    // The API gets every setting it reads, and none of Keycloak's passwords.
    const environment = api['environment'] as Json;
    expect(Object.keys(environment)).toEqual(expect.arrayContaining(configVariables()));
    expect(Object.keys(environment).filter((key) => /KEYCLOAK|^KC_/.test(key))).toEqual([]);
    expect(environment['OIDC_ISSUER_URL']).toBe('http://localhost:8081/realms/pnyx');
    expect(services['keycloak']['environment']['KC_HOSTNAME']).toBe('http://localhost:8081');
  });

  it('refuses to resolve without passwords: none has a default in the compose file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pnyx-compose-'));
    try {
      const empty = join(dir, 'empty.env');
      writeFileSync(empty, '');
      expect(() => composeConfig(empty)).toThrow(/POSTGRES_PASSWORD|KEYCLOAK_DB_PASSWORD|KEYCLOAK_ADMIN_PASSWORD/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps /metrics off the public proxy in any spelling the API would answer', () => {
    const conf = read('docker/proxy/nginx.conf');
    const block = /location ~\* (\S+) \{\s*return 404;/.exec(conf);
    expect(block, 'a case-insensitive location that answers 404').not.toBeNull();
    const pattern = new RegExp(block?.[1] ?? '^$', 'i');
    for (const path of ['/metrics', '/METRICS', '/metrics/', '/Metrics']) expect(pattern.test(path), path).toBe(true);
    for (const path of ['/graphql', '/health', '/metrics-report']) expect(pattern.test(path), path).toBe(false);
  });

  it('has a realm export that agrees with the embedded identity provider', () => {
    const realm = JSON.parse(read('docker/keycloak/pnyx-realm.json')) as Json;
    expect(realm['realm']).toBe('pnyx');

    const embedded = pnyxClients(redirectUriPolicy(['http://localhost:8080/*']));
    const clients = new Map((realm['clients'] as Json[]).map((client) => [client['clientId'], client]));
    expect([...clients.keys()].sort()).toEqual(embedded.map((client) => client.client_id).sort());
    for (const client of embedded) {
      const exported = clients.get(client.client_id) as Json;
      const grants = client.grant_types ?? [];
      expect(exported['publicClient'], client.client_id).toBe(client.token_endpoint_auth_method === 'none');
      expect(exported['standardFlowEnabled'], client.client_id).toBe(grants.includes('authorization_code'));
      expect(exported['directAccessGrantsEnabled'], client.client_id).toBe(grants.includes('password'));
      expect(exported['implicitFlowEnabled'] ?? false).toBe(false);
      // Tokens the API accepts: its audience, realm roles, groups, the profile claims and `sub` (scope `basic`).
      const mappers = exported['protocolMappers'] as Json[];
      expect(mappers).toContainEqual(expect.objectContaining({ protocolMapper: 'oidc-audience-mapper', config: expect.objectContaining({ 'included.custom.audience': PNYX_API_AUDIENCE, 'access.token.claim': 'true' }) }));
      expect(mappers).toContainEqual(expect.objectContaining({ protocolMapper: 'oidc-group-membership-mapper', config: expect.objectContaining({ 'claim.name': 'groups', 'full.path': 'false', 'access.token.claim': 'true' }) }));
      expect(exported['defaultClientScopes']).toEqual(expect.arrayContaining(['basic', 'roles', ...DEFAULT_SCOPES]));
    }
    const web = clients.get('pnyx-web') as Json;
    expect(web['attributes']['pkce.code.challenge.method']).toBe('S256');
    expect(web['redirectUris']).toEqual(expect.arrayContaining(['http://localhost:8080/*']));
    expect(web['webOrigins']).toEqual(expect.arrayContaining(['http://localhost:8080']));

    const roles = (realm['roles']['realm'] as Json[]).map((role) => role['name']).filter((name) => !KEYCLOAK_BUILT_IN_ROLES.includes(name));
    expect(roles.sort()).toEqual([...new Set(DEMO_USERS.flatMap((user) => user.realmRoles))].sort());
    expect(realm['defaultRole']['name']).toBe('default-roles-pnyx');
    expect((realm['groups'] as Json[]).map((group) => group['name']).sort()).toEqual([...DEMO_GROUPS].sort());

    const users = (realm['users'] as Json[]).map((user) => ({
      sub: user['id'],
      username: user['username'],
      password: (user['credentials'] as Json[]).find((credential) => credential['type'] === 'password')?.['value'],
      name: `${user['firstName']} ${user['lastName']}`,
      email: user['email'],
      realmRoles: user['realmRoles'],
      groups: (user['groups'] as string[]).map((path) => path.replace(/^\//, '')),
    }));
    expect(users).toEqual(DEMO_USERS.map((user) => ({ ...user })));
  });

  it('has Kubernetes manifests with probes on /health, resources, a budget and secrets from a Secret', () => {
    const docs = k8sDocuments();
    const byKind = (kind: string) => docs.filter((doc) => doc['kind'] === kind);
    const [deployment] = byKind('Deployment');
    const pod = deployment?.['spec']['template'];
    const [container] = pod['spec']['containers'] as Json[];
    expect(deployment?.['spec']['replicas']).toBe(2);
    for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
      expect(container?.[probe]?.['httpGet']?.['path'], probe).toBe('/health');
      expect(container?.[probe]['httpGet']['port'], probe).toBe(container?.['ports'][0]['name']);
    }
    expect(container?.['resources']['requests']).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
    expect(container?.['resources']['limits']['memory']).toEqual(expect.any(String));
    expect(pod['spec']['securityContext']['runAsNonRoot']).toBe(true);
    expect(container?.['securityContext']).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    // The pod's grace covers the preStop pause plus the drain main.ts allows itself after SIGTERM.
    const drainMs = Number(/setTimeout\(\(\) => process\.exit\(1\), ([\d_]+)\)/.exec(read('apps/api/src/main.ts'))?.[1]?.replaceAll('_', ''));
    const pauseS = Number(container?.['lifecycle']?.['preStop']?.['exec']?.['command']?.[1] ?? 0);
    expect(drainMs).toBeGreaterThan(0);
    expect(pod['spec']['terminationGracePeriodSeconds']).toBeGreaterThan(pauseS + drainMs / 1000);

    const labels = pod['metadata']['labels'] as Json;
    const selects = (selector: Json) => Object.entries(selector).every(([key, value]) => labels[key] === value);
    const [budget] = byKind('PodDisruptionBudget');
    expect(budget?.['spec']['minAvailable']).toBe(1);
    expect(selects(budget?.['spec']['selector']['matchLabels'])).toBe(true);
    expect(selects(byKind('Service')[0]?.['spec']['selector'])).toBe(true);
    expect(byKind('Ingress')[0]?.['metadata']['annotations']['nginx.ingress.kubernetes.io/proxy-read-timeout']).toBe('3600');

    // Secrets come from the Secret; the ConfigMap holds no password, token or credentials in a URL.
    const [secret] = byKind('Secret');
    const [configMap] = byKind('ConfigMap');
    const sources = (container?.['envFrom'] ?? []) as Json[];
    const secretRefs = [...sources.map((source) => source['secretRef']?.['name']), ...((container?.['env'] ?? []) as Json[]).map((env) => env['valueFrom']?.['secretKeyRef']?.['name'])];
    expect(secretRefs).toContain(secret?.['metadata']['name']);
    expect(sources.map((source) => source['configMapRef']?.['name'])).toContain(configMap?.['metadata']['name']);
    for (const [key, value] of Object.entries(configMap?.['data'] as Json)) {
      expect(key).not.toMatch(/PASSWORD|SECRET|TOKEN|DATABASE_URL|REDIS_URL|SMTP_URL/);
      expect(String(value)).not.toMatch(/:\/\/[^/\s@]*:[^/\s@]*@/);
    }
    expect(Object.keys(secret?.['stringData'] as Json)).toEqual(expect.arrayContaining(['DATABASE_URL', 'REDIS_URL', 'METRICS_TOKEN']));
    // Every key is a setting the API reads (a typo would be ignored silently).
    const known = configVariables();
    for (const key of [...Object.keys(configMap?.['data'] as Json), ...Object.keys(secret?.['stringData'] as Json)]) expect(known, key).toContain(key);
    // The example Secret is never applied over the real one.
    const kustomization = docs.find((doc) => doc['kind'] === 'Kustomization');
    expect(kustomization?.['resources']).not.toContain(secret?.['file']);
  });

  it('documents every setting the API reads in docker/.env.example', () => {
    const names = configVariables();
    expect(names).toEqual(expect.arrayContaining(['DATABASE_URL', 'OIDC_ISSUER_URL', 'PUBLIC_URL', 'METRICS_TOKEN']));
    expect(names.length).toBeGreaterThan(30);
    const example = read('docker/.env.example');
    const documented = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
    expect(names.filter((name) => !documented.has(name))).toEqual([]);
    expect(names).toContain('DATABASE_REPLICA_URLS');
  });
});
