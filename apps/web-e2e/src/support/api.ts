/**
 * Test fixtures through the API itself (no database access): the server learns about a
 * person when it first sees their token, so a colleague who never signed in is unknown.
 */
export async function introduceUser(baseUrl: string, username: string): Promise<void> {
  const tokenResponse = await fetch(`${baseUrl}/realms/pnyx/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    // Demo users of the embedded identity provider: password = username (client pnyx-cli).
    body: new URLSearchParams({ grant_type: 'password', client_id: 'pnyx-cli', username, password: username, scope: 'openid' }),
  });
  const token = ((await tokenResponse.json()) as { access_token?: string }).access_token;
  if (!token) throw new Error(`No token for ${username} (HTTP ${tokenResponse.status})`);
  const me = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });
  const body = (await me.json()) as { data?: { me?: { id: string } } };
  if (!body.data?.me?.id) throw new Error(`me failed for ${username}: ${JSON.stringify(body)}`);
}
