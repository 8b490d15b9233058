/** Run-time configuration served by the API at `/app-config.json`. */
export interface AppConfig {
  readonly oidc: {
    /** Base URL keycloak-js takes (without `/realms/...`). */
    readonly url: string;
    readonly realm: string;
    readonly clientId: string;
  };
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** Checks the shape of the served configuration; throws naming the first bad field. */
export function parseAppConfig(value: unknown): AppConfig {
  const oidc = (value as { oidc?: Record<string, unknown> } | null)?.oidc;
  for (const field of ['url', 'realm', 'clientId'] as const) {
    if (!isNonEmptyString(oidc?.[field])) {
      throw new Error(`app-config.json: oidc.${field} is missing or not a string`);
    }
  }
  const { url, realm, clientId } = oidc as Record<'url' | 'realm' | 'clientId', string>;
  return { oidc: { url, realm, clientId } };
}

export async function loadAppConfig(fetchFn: typeof fetch = fetch): Promise<AppConfig> {
  const response = await fetchFn('/app-config.json', { cache: 'no-store', headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`app-config.json: HTTP ${response.status}`);
  return parseAppConfig(await response.json());
}
