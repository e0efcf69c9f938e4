import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from "oidc-client-ts";

// The SPA is the public client `prf-spa` of the gateway (code + PKCE S256). Tokens stay in memory
// (InMemoryWebStorage): nothing is written to localStorage. Only the short-lived login state (PKCE
// verifier, return path) goes through sessionStorage, because the login page is a full-page redirect.
export const CLIENT_ID = "prf-spa";
// "openid profile email": the gateway grants the person's role scopes, plus an ID token.
export const SCOPE = "openid profile email";

let manager: UserManager | null = null;
let current: User | null = null;

export function userManager(): UserManager {
  if (!manager) {
    const origin = window.location.origin;
    manager = new UserManager({
      authority: origin,
      metadataUrl: `${origin}/.well-known/oauth-authorization-server`,
      client_id: CLIENT_ID,
      redirect_uri: `${origin}/auth/callback`,
      post_logout_redirect_uri: `${origin}/`,
      response_type: "code",
      scope: SCOPE,
      loadUserInfo: false,
      automaticSilentRenew: true,
      userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
      stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    });
    manager.events.addUserLoaded((u) => {
      current = u;
    });
    manager.events.addUserUnloaded(() => {
      current = null;
    });
    manager.events.addSilentRenewError(() => {
      current = null;
    });
  }
  return manager;
}

export function setCurrentUser(user: User | null): void {
  current = user;
}

/** The access token of the signed-in person, if any (read by the API client on every call). */
export function accessToken(): string | null {
  return current?.access_token ?? null;
}
