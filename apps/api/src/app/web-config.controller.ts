import { Controller, Get, Header, Inject } from '@nestjs/common';
import { Public } from '@pnyx/api/core/auth';
import { APP_CONFIG, type AppConfig } from '@pnyx/api/core/config';

export interface WebConfig {
  oidc: { url: string; realm: string; clientId: string };
}

/** What the browser app needs to find its identity provider (keycloak-js settings). */
export function webConfig(config: AppConfig): WebConfig {
  const issuer = config.oidc.issuerUrl;
  const at = issuer.lastIndexOf('/realms/');
  return {
    oidc: {
      url: at >= 0 ? issuer.slice(0, at) : issuer,
      realm: at >= 0 ? decodeURIComponent(issuer.slice(at + '/realms/'.length)) : 'pnyx',
      clientId: config.oidc.webClientId,
    },
  };
}

@Controller()
export class WebConfigController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Get('app-config.json')
  @Header('cache-control', 'no-store')
  get(): WebConfig {
    return webConfig(this.config);
  }
}
