import { IdpKeyEntity } from './idp-key.entity';
import { IdpPayloadEntity } from './idp-payload.entity';

/** TypeORM entities the app adds to its DataSource (migrations are generated from them). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity classes
export const IDENTITY_PROVIDER_ENTITIES: Function[] = [IdpKeyEntity, IdpPayloadEntity];
