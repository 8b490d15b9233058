import { bootstrapApplication } from '@angular/platform-browser';
import { authenticate, renderBootFailure } from '@pnyx/web/core';
import { App } from './app/app';
import { appConfig } from './app/app.config';

// Sign in first (redirects to the identity provider when needed), then start Angular.
authenticate()
  .then((keycloak) => bootstrapApplication(App, appConfig(keycloak)))
  .catch((error: unknown) => renderBootFailure(error));
