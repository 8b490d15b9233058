import { Injectable } from '@angular/core';

/**
 * The decisions operations of the API. Write each one as a `.graphql` file
 * in this folder, run `npm run codegen`, and call the typed documents from here.
 */
@Injectable({ providedIn: 'root' })
export class DecisionsApi {}
