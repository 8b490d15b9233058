/**
 * Test fixtures through the API itself (no database access), as a demo user
 * of the embedded identity provider (password = username, client pnyx-cli).
 */

/** A fresh access token for `username` (the password grant). */
export async function tokenFor(baseUrl: string, username: string): Promise<string> {
  const tokenResponse = await fetch(`${baseUrl}/realms/pnyx/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'pnyx-cli', username, password: username, scope: 'openid' }),
  });
  const token = ((await tokenResponse.json()) as { access_token?: string }).access_token;
  if (!token) throw new Error(`No token for ${username} (HTTP ${tokenResponse.status})`);
  return token;
}

/** A GraphQL call as `username`; its data, or an error naming the user and the answer. */
export async function graphqlAs<T>(baseUrl: string, username: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(baseUrl, username)}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`GraphQL failed for ${username}: ${JSON.stringify(body)}`);
  return body.data;
}

/** The server learns about a person when it first sees their token, so a colleague who never signed in is unknown. */
export async function introduceUser(baseUrl: string, username: string): Promise<void> {
  const data = await graphqlAs<{ me?: { id: string } }>(baseUrl, username, '{ me { id } }');
  if (!data.me?.id) throw new Error(`me failed for ${username}: ${JSON.stringify(data)}`);
}
